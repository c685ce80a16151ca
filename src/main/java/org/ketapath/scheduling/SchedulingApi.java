package org.ketapath.scheduling;

import java.time.Instant;
import java.time.LocalDate;
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

    /** The soonest free slots of a service among the given clinics, at most {@code limit}, after {@code after}. */
    List<ClinicSlot> soonestSlots(Collection<UUID> clinicIds, ServiceType service, Instant after, int limit);

    /** Whether the patient has a live (not cancelled) appointment at the clinic, past or coming. */
    boolean hasAppointmentWith(UUID patientId, UUID clinicId);

    /** The patients with a live appointment at the clinic, soonest visit first, at most {@code limit}. */
    List<UUID> patientsWithAppointmentsAt(UUID clinicId, int limit);

    /**
     * A free slot at a clinic.
     *
     * @param clinicId the clinic (provider)
     * @param slot the slot
     */
    record ClinicSlot(UUID clinicId, Slot slot) {}
}
