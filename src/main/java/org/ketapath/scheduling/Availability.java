package org.ketapath.scheduling;

import java.time.ZoneId;
import java.util.List;

/**
 * Free slots of one clinic for one service, in time order.
 *
 * @param zone the clinic's time zone, in which its hours are defined and its slots are shown
 * @param slots the free slots (none when the clinic takes no online bookings)
 * @param onlineBooking whether patients may book the clinic online; when false they call it instead
 */
public record Availability(ZoneId zone, List<Slot> slots, boolean onlineBooking) {

    public Availability {
        slots = List.copyOf(slots);
        if (!onlineBooking && !slots.isEmpty()) {
            throw new IllegalArgumentException("a clinic without online booking offers no slots");
        }
    }

    /** Slots of a clinic that takes online bookings. */
    public Availability(ZoneId zone, List<Slot> slots) {
        this(zone, slots, true);
    }
}
