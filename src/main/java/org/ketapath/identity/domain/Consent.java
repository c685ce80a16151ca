package org.ketapath.identity.domain;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.identity.ConsentApi.Scope;

/**
 * One decision of a patient to share a scope of their information with a clinic.
 *
 * @param id its id
 * @param patientId the patient
 * @param clinicId the clinic
 * @param scope what is shared
 * @param grantedAt when it was given
 * @param withdrawnAt when it was withdrawn, if it was
 */
public record Consent(
        UUID id,
        UUID patientId,
        UUID clinicId,
        Scope scope,
        Instant grantedAt,
        @Nullable Instant withdrawnAt) {

    public boolean active() {
        return withdrawnAt == null;
    }
}
