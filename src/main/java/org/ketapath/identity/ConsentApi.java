package org.ketapath.identity;

import java.util.UUID;

/**
 * A patient's decisions about what a clinic may see. Modules that show a patient's information to clinic
 * staff ask {@link #mayAccess} on every request; a withdrawn consent stops access at once.
 */
public interface ConsentApi {

    /** What a consent covers. */
    enum Scope {
        ASSESSMENT_RESULTS,
        DIARY,
        /** "Count my diary in my clinic's published results" (de-identified): separate from sharing the diary. */
        PUBLISHED_RESULTS
    }

    /**
     * Whether this staff member, acting for this clinic, may see this patient's information of this scope:
     * the staff member works for the clinic and the patient has an active consent for it with that clinic.
     */
    boolean mayAccess(UUID staffAccountId, UUID clinicId, UUID patientId, Scope scope);

    /**
     * Whether the patient has an active consent of this scope with the clinic, for figures the platform computes
     * (the outcomes module's published results); never a reason to show the patient's information to anyone.
     */
    boolean consents(UUID patientId, UUID clinicId, Scope scope);

    /** Whether the patient shares anything with the clinic at the moment (any scope). */
    boolean sharesWith(UUID patientId, UUID clinicId);

    /**
     * Records the patient's consent to share this scope with the clinic (idempotent; audited). Scheduling calls
     * it when a patient books with an assessment.
     *
     * @return the id of the active consent
     */
    UUID grant(UUID patientId, UUID clinicId, Scope scope);
}
