package org.ketapath.directory.domain;

import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Whether a signed-in user is staff of a clinic. Until the identity module provides clinic membership this
 * reads an authority {@code CLINIC_STAFF:<clinic id>}; identity can replace this one method.
 */
@Component("clinicMembership")
public class ClinicMembership {

    public static final String AUTHORITY_PREFIX = "CLINIC_STAFF:";

    public boolean isStaffOf(Authentication authentication, UUID clinicId) {
        if (authentication == null) {
            return false;
        }
        String wanted = AUTHORITY_PREFIX + clinicId;
        return authentication.getAuthorities().stream().anyMatch(a -> wanted.equals(a.getAuthority()));
    }
}
