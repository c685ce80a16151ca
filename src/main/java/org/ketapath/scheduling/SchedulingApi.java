package org.ketapath.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** What other modules (the directory's provider pages, search) may ask of scheduling. */
public interface SchedulingApi {

    /** The longest date range one availability request may cover, in days. */
    int MAX_RANGE_DAYS = 62;

    /**
     * Free slots of a clinic for a service between two dates (inclusive, in the clinic's zone), or empty when
     * the clinic has no schedule; a clinic that takes no online bookings has no slots ({@code onlineBooking}
     * false).
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

    /**
     * The soonest free slot of a service at each of the given clinics that takes online bookings, starting at or
     * after {@code after} and within {@link #SOONEST_HORIZON_DAYS} days of it (a page of search results, say).
     * Planned together as {@link #soonestSlots} does: a few statements per look-ahead window for all clinics
     * still without a slot; a clinic leaves the race at its first slot. Clinics without one are left out.
     */
    Map<UUID, ClinicSlot> soonestPerClinic(Collection<UUID> clinicIds, ServiceType service, Instant after);

    /**
     * The services a clinic offers online (empty without a schedule or with online booking turned off), in the
     * order of {@link ServiceType}.
     */
    List<ServiceType> servicesOffered(UUID clinicId);

    /** Which of the clinics take online bookings (they have a schedule and have not turned booking off). */
    Set<UUID> takingOnlineBookings(Collection<UUID> clinicIds);

    /** The clinics the patient has (or had) a live appointment with, most recent visit first. */
    List<UUID> clinicsOfPatient(UUID patientId);

    /** Whether the patient has a live (not cancelled) appointment at the clinic, past or coming. */
    boolean hasAppointmentWith(UUID patientId, UUID clinicId);

    /** The patients with a live appointment at the clinic, soonest visit first, at most {@code limit}. */
    List<UUID> patientsWithAppointmentsAt(UUID clinicId, int limit);

    /** An appointment's clinic, patient, status and times, for modules that document visits (treatment). */
    Optional<AppointmentFacts> appointment(UUID appointmentId);

    /**
     * Records a visit that already took place (and ended) as COMPLETED, with the practitioner, chair and nurse
     * coverage it used, for demo data of past treatment. Empty when the clinic has no such service or nobody was
     * free then. Nobody is notified.
     */
    Optional<UUID> recordPastVisitForDemo(UUID clinicId, UUID patientId, ServiceType service, Instant start);

    /**
     * What other modules may know of an appointment.
     *
     * @param id the appointment
     * @param clinicId its clinic
     * @param patientId its patient
     * @param status BOOKED, CHECKED_IN, IN_PROGRESS, COMPLETED, NO_SHOW or CANCELLED
     * @param start the visit's start
     * @param end the visit's end
     */
    record AppointmentFacts(UUID id, UUID clinicId, UUID patientId, String status, Instant start, Instant end) {}

    /**
     * A free slot at a clinic.
     *
     * @param clinicId the clinic (provider)
     * @param zone the clinic's time zone
     * @param slot the slot
     */
    record ClinicSlot(UUID clinicId, ZoneId zone, Slot slot) {}
}
