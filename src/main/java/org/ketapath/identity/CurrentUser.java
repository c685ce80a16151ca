package org.ketapath.identity;

import java.util.Set;
import java.util.UUID;

/**
 * The signed-in account as other modules need it.
 *
 * @param accountId the account id (also the security principal's name)
 * @param role its role
 * @param clinicIds the clinics a staff member works for (empty for patients and platform admins)
 * @param emailVerified whether its e-mail address has been verified (required before booking)
 */
public record CurrentUser(UUID accountId, Role role, Set<UUID> clinicIds, boolean emailVerified) {

    public CurrentUser {
        clinicIds = Set.copyOf(clinicIds);
    }

    public boolean isPatient() {
        return role == Role.PATIENT;
    }

    public boolean worksFor(UUID clinicId) {
        return role.isClinicStaff() && clinicIds.contains(clinicId);
    }
}
