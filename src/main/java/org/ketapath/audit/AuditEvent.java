package org.ketapath.audit;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One access to protected health information, as the caller knows it.
 *
 * @param action what was done: READ, CREATE, UPDATE, DELETE, EXPORT, SHARE, WITHDRAW, SIGN_IN, ...
 * @param resourceType the kind of record, e.g. "Assessment", "Patient", "Consent", "Appointment"
 * @param resourceId the record's id, when there is one
 * @param patientId whose health information it is, when it is a patient's
 * @param clinicId the clinic on whose behalf a staff member acted, when one did
 * @param outcome whether the access happened
 */
public record AuditEvent(
        String action,
        String resourceType,
        @Nullable String resourceId,
        @Nullable UUID patientId,
        @Nullable UUID clinicId,
        Outcome outcome) {

    public AuditEvent {
        if (action.isBlank() || resourceType.isBlank()) {
            throw new IllegalArgumentException("an audit event needs an action and a resource type");
        }
    }

    public static AuditEvent success(
            String action, String resourceType, @Nullable String resourceId, @Nullable UUID patientId) {
        return new AuditEvent(action, resourceType, resourceId, patientId, null, Outcome.SUCCESS);
    }

    public AuditEvent forClinic(@Nullable UUID clinic) {
        return new AuditEvent(action, resourceType, resourceId, patientId, clinic, outcome);
    }

    public AuditEvent withOutcome(Outcome result) {
        return new AuditEvent(action, resourceType, resourceId, patientId, clinicId, result);
    }

    public enum Outcome {
        SUCCESS,
        DENIED,
        FAILURE
    }
}
