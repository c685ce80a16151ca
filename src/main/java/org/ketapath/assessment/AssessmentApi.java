package org.ketapath.assessment;

import java.util.Optional;
import java.util.UUID;
import org.ketapath.assessment.domain.AssessmentService;
import org.ketapath.assessment.domain.SharedResults;
import org.springframework.stereotype.Service;

/**
 * What other modules may ask of the assessment module. Identity calls {@link #attachToAccount} when a person
 * who took the assessment anonymously signs up, so the result outlives its 24 hours.
 */
@Service
public class AssessmentApi {

    private final AssessmentService assessments;
    private final SharedResults shared;

    AssessmentApi(AssessmentService assessments, SharedResults shared) {
        this.assessments = assessments;
        this.shared = shared;
    }

    /**
     * The result the owner shared with a clinic under this reference (the {@code assessmentId} of the booking
     * that shared it), in words for the clinic's clinicians; read on the clinic's behalf (audited so, it appears
     * in the owner's access report). Empty when the owner has no result with this reference. The caller decides
     * whether the clinic may see it (the owner's consent).
     */
    public Optional<SharedAssessment> sharedResult(UUID ownerId, UUID reference, UUID clinicId) {
        return shared.find(ownerId, reference, clinicId);
    }

    /**
     * Gives a live anonymous result to an account; from then on only that account can read it, and it no
     * longer expires.
     *
     * @param resultToken the result's id, as the person received it
     * @return false when the id is unknown, expired or already owned
     */
    public boolean attachToAccount(String resultToken, UUID accountId) {
        return assessments.attachToAccount(resultToken, accountId);
    }

    /**
     * The reference a booking carries when the account shares this result with a clinic: present only when the
     * result is the account's; empty for an unknown id and for another account's result alike, so a caller
     * cannot learn whether an id exists. The reference is not the id (which grants access).
     */
    public Optional<UUID> shareReference(String resultToken, UUID accountId) {
        return assessments.shareReference(resultToken, accountId);
    }

    /** Whether the result with this id belongs to the account. */
    public boolean isOwnedBy(String resultToken, UUID accountId) {
        return assessments.isOwnedBy(resultToken, accountId);
    }
}
