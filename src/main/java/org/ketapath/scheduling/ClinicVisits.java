package org.ketapath.scheduling;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A clinic's visits as its staff workspace reads them (home page, patient chart, intake review). Who may see
 * them is decided by the caller: staff of the clinic only.
 */
public interface ClinicVisits {

    /** The clinic's visits overlapping the range that are not cancelled, in time order. */
    List<Visit> between(UUID clinicId, Instant from, Instant to);

    /** Every visit (cancelled ones too) of the patient at the clinic, in time order, at most 200. */
    List<Visit> ofPatient(UUID clinicId, UUID patientId);

    /** The visit with this id, if it exists. */
    Optional<Visit> find(UUID appointmentId);

    /**
     * The clinic's open visits (booked, checked in or in progress) with a shared assessment that end after
     * {@code after}, soonest first, at most {@code limit}: the intakes its clinicians may review.
     */
    List<Visit> withSharedAssessment(UUID clinicId, Instant after, int limit);

    /** A visit's status in words, as staff read it ("Checked in"); the status name itself for an unknown one. */
    static String statusInWords(String status) {
        return switch (status) {
            case "BOOKED" -> "Booked";
            case "CHECKED_IN" -> "Checked in";
            case "IN_PROGRESS" -> "In progress";
            case "COMPLETED" -> "Completed";
            case "NO_SHOW" -> "No-show";
            case "CANCELLED" -> "Cancelled";
            default -> status;
        };
    }

    /** The clinic's visits (cancelled ones too) that carry this shared assessment reference, in time order. */
    List<Visit> withAssessment(UUID clinicId, UUID assessmentId);

    /** The clinic's time zone, when it has a schedule. */
    Optional<ZoneId> zoneOf(UUID clinicId);

    /**
     * A visit.
     *
     * @param id the appointment id
     * @param clinicId the clinic
     * @param patientId the patient's account id
     * @param practitionerId who sees the patient
     * @param service the kind of visit
     * @param start when it starts (UTC)
     * @param end when it ends, monitoring included (UTC)
     * @param zone the clinic's zone
     * @param status BOOKED, CHECKED_IN, IN_PROGRESS, COMPLETED, NO_SHOW or CANCELLED
     * @param assessmentId the reference of the assessment result the patient shared with the booking, if any
     * @param bookedAt when it was booked
     */
    record Visit(
            UUID id,
            UUID clinicId,
            UUID patientId,
            UUID practitionerId,
            ServiceType service,
            Instant start,
            Instant end,
            ZoneId zone,
            String status,
            @Nullable UUID assessmentId,
            Instant bookedAt) {

        /** The status in words ("Checked in"). */
        public String statusLabel() {
            return statusInWords(status);
        }

        /** Whether the visit may still happen or is happening. */
        public boolean isOpen() {
            return status.equals("BOOKED") || status.equals("CHECKED_IN") || status.equals("IN_PROGRESS");
        }
    }
}
