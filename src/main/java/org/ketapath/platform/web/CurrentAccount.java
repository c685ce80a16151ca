package org.ketapath.platform.web;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is signed in, read from the security context without depending on the identity module: the account id
 * (the principal's name), its roles, whether its e-mail is verified and the clinics it works for.
 *
 * @param id the account id
 * @param roles role names without the ROLE_ prefix (PATIENT, CLINICIAN, CLINIC_ADMIN, PLATFORM_ADMIN)
 * @param emailVerified whether the account's e-mail address is verified
 * @param clinics the clinics a staff member belongs to
 */
public record CurrentAccount(UUID id, Set<String> roles, boolean emailVerified, Set<UUID> clinics) {

    public static final String EMAIL_VERIFIED = "EMAIL_VERIFIED";
    public static final String CLINIC_STAFF_PREFIX = "CLINIC_STAFF:";

    /** The signed-in account, if there is one. */
    public static Optional<CurrentAccount> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        UUID id;
        try {
            id = UUID.fromString(auth.getName());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Set<String> authorities = auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        Set<String> roles = authorities.stream()
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5))
                .collect(Collectors.toUnmodifiableSet());
        Set<UUID> clinics = authorities.stream()
                .filter(a -> a.startsWith(CLINIC_STAFF_PREFIX))
                .map(a -> UUID.fromString(a.substring(CLINIC_STAFF_PREFIX.length())))
                .collect(Collectors.toUnmodifiableSet());
        return Optional.of(new CurrentAccount(id, roles, authorities.contains(EMAIL_VERIFIED), clinics));
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean worksFor(UUID clinicId) {
        return clinics.contains(clinicId);
    }
}
