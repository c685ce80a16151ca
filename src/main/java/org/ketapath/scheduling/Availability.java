package org.ketapath.scheduling;

import java.time.ZoneId;
import java.util.List;

/**
 * Free slots of one clinic for one service, in time order.
 *
 * @param zone the clinic's time zone, in which its hours are defined and its slots are shown
 * @param slots the free slots
 */
public record Availability(ZoneId zone, List<Slot> slots) {

    public Availability {
        slots = List.copyOf(slots);
    }
}
