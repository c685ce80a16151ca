package org.ketapath.scheduling;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a clinician decided about the intake a patient shared with a booking, for the patient's appointment page.
 * Implemented by the clinic workspace, which keeps the decisions.
 */
public interface IntakeDecisions {

    /**
     * The decision in force on the assessment the patient shared with the clinic, as the patient may read it.
     *
     * @param assessmentId the appointment's reference to the shared assessment
     */
    Optional<ForPatient> forPatient(UUID clinicId, UUID patientId, UUID assessmentId);

    /**
     * A decision as the patient reads it.
     *
     * @param decision PROCEED, NEEDS_INFORMATION or NOT_SUITABLE
     * @param inWords what it means for the patient, in plain words
     * @param note the clinician's note, only when the clinician wrote it for the patient
     * @param decidedAt when it was decided
     */
    record ForPatient(
            String decision, String inWords, @Nullable String note, Instant decidedAt) {}
}
