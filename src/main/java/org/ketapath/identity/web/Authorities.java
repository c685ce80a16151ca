package org.ketapath.identity.web;

import java.util.List;
import java.util.UUID;
import org.ketapath.identity.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The authentication of a signed-in account: principal name = account id, authority = its role. */
final class Authorities {

    private Authorities() {}

    static Authentication of(UUID accountId, Role role) {
        return UsernamePasswordAuthenticationToken.authenticated(
                accountId.toString(), null, List.of(new SimpleGrantedAuthority(role.authority())));
    }

    static UUID accountId(Authentication authentication) {
        return UUID.fromString(authentication.getName());
    }
}
