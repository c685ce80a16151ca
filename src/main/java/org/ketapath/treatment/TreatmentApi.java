package org.ketapath.treatment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What other modules may ask of treatment records. */
public interface TreatmentApi {

    /** The patient's signed session records, oldest first, for their data export (no staff notes beyond them). */
    List<SessionSummary> sessionsOfPatient(UUID patientId);

    /**
     * A session as the patient may know it.
     *
     * @param sessionId the record
     * @param appointmentId the visit it documents
     * @param clinicId the clinic
     * @param signedAt when the clinician signed it
     * @param dischargedAt when the patient was discharged
     */
    record SessionSummary(UUID sessionId, UUID appointmentId, UUID clinicId, Instant signedAt, Instant dischargedAt) {}
}
