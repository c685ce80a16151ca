package org.ketapath.treatment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What other modules may ask of treatment records. */
public interface TreatmentApi {

    /**
     * Everything treatment holds about the patient, for their data export: {@code courses} (with consent) and
     * {@code sessions} (each signed record whole, as {@code GET /api/v1/sessions/{id}} shows it to the clinic).
     * The values are plain records that serialise to JSON.
     */
    Map<String, Object> exportOf(UUID patientId);

    /**
     * The clinic's Spravato REMS Patient Monitoring Forms still to file (esketamine sessions with a dose whose
     * form was not submitted), soonest due first, for its staff's home page; the caller has checked that the
     * reader works for the clinic. Audited as a read for the clinic.
     */
    List<RemsFormDue> remsFormsDue(UUID clinicId);

    /**
     * A REMS form still to file.
     *
     * @param sessionId the session it reports
     * @param appointmentId the visit
     * @param patientId the patient
     * @param dueBy 7 days after the dose
     * @param overdue whether that day has passed
     * @param signed whether the session record is signed (a form is filed from a signed record)
     */
    record RemsFormDue(
            UUID sessionId,
            UUID appointmentId,
            UUID patientId,
            @Nullable Instant dueBy,
            boolean overdue,
            boolean signed) {}
}
