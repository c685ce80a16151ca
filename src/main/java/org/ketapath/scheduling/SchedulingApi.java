package org.ketapath.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What other modules (the directory's provider pages, search) may ask of scheduling. */
public interface SchedulingApi {

    /** The longest date range one availability request may cover, in days. */
    int MAX_RANGE_DAYS = 62;

    /**
     * Free slots of a clinic for a service between two dates (inclusive, in the clinic's zone), or empty when
     * the clinic has no schedule.
     */
    Optional<Availability> availability(UUID clinicId, ServiceType service, LocalDate from, LocalDate to);

    /** The longest look-ahead of {@link #soonestSlots}, in days. */
    int SOONEST_HORIZON_DAYS = 63;

    /**
     * The soonest free slots of a service among the given clinics, at most {@code limit}, starting at or after
     * {@code after} and within {@link #SOONEST_HORIZON_DAYS} days of it, earliest first (ties by clinic id).
     * The clinics' schedules and bookings are read in a few statements for all of them together, window by
     * window (one day, two, four, then weeks), and the search stops once no clinic can beat the slots found.
     */
    List<ClinicSlot> soonestSlots(Collection<UUID> clinicIds, ServiceType service, Instant after, int limit);

    /** Whether the patient has a live (not cancelled) appointment at the clinic, past or coming. */
    boolean hasAppointmentWith(UUID patientId, UUID clinicId);

    /** The patients with a live appointment at the clinic, soonest visit first, at most {@code limit}. */
    List<UUID> patientsWithAppointmentsAt(UUID clinicId, int limit);

    /**
     * A free slot at a clinic.
     *
     * @param clinicId the clinic (provider)
     * @param zone the clinic's time zone
     * @param slot the slot
     */
    record ClinicSlot(UUID clinicId, ZoneId zone, Slot slot) {}
}
