package org.ketapath.identity.domain;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.identity.Role;

/**
 * An account as stored.
 *
 * @param id its id, the principal name
 * @param email the address as typed at registration
 * @param role its role
 * @param passwordHash the Argon2id hash (null once closed)
 * @param emailVerified whether the address has been verified
 * @param totpSecret the TOTP secret once enrolment has started
 * @param mfaEnrolled whether TOTP enrolment was confirmed with a code
 * @param closed whether the account is closed
 */
public record Account(
        UUID id,
        String email,
        Role role,
        @Nullable String passwordHash,
        boolean emailVerified,
        @Nullable String totpSecret,
        boolean mfaEnrolled,
        boolean closed) {

    @Override
    public String toString() {
        return "Account[" + id + ", " + role + "]";
    }
}
