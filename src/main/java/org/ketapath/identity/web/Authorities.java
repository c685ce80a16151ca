package org.ketapath.identity.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ketapath.identity.CurrentUser;
import org.ketapath.platform.web.CurrentAccount;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The authentication of a signed-in account: principal name = account id; authorities = its role
 * ({@code ROLE_...}), {@code EMAIL_VERIFIED} once verified, and {@code CLINIC_STAFF:<clinicId>} per clinic.
 */
final class Authorities {

    private Authorities() {}

    static Authentication of(CurrentUser user) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(user.role().authority()));
        if (user.emailVerified()) {
            authorities.add(new SimpleGrantedAuthority(CurrentAccount.EMAIL_VERIFIED));
        }
        if (user.role().isClinicStaff()) {
            user.clinicIds().stream()
                    .sorted()
                    .forEach(clinic ->
                            authorities.add(new SimpleGrantedAuthority(CurrentAccount.CLINIC_STAFF_PREFIX + clinic)));
        }
        return UsernamePasswordAuthenticationToken.authenticated(
                user.accountId().toString(), null, authorities);
    }

    static UUID accountId(Authentication authentication) {
        return UUID.fromString(authentication.getName());
    }
}
