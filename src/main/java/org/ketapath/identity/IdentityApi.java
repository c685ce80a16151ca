package org.ketapath.identity;

import java.util.Optional;
import java.util.UUID;

/** What other modules may ask about accounts. */
public interface IdentityApi {

    /** The account signed in on the current request (web session or bearer token), if any. */
    Optional<CurrentUser> currentUser();

    /** The account with this id, if it exists and is not closed. */
    Optional<CurrentUser> find(UUID accountId);

    /** Whether the account exists, is open and has verified its e-mail address (required before booking). */
    boolean isEmailVerified(UUID accountId);

    /**
     * The id of a demo account ({@code ...@demo.ketapath.test}) by its e-mail address, for other modules' demo data
     * loaders; empty for any other address.
     */
    Optional<UUID> demoAccountId(String email);

    /** Whether the account is clinic staff (clinician or clinic admin) working for that clinic. */
    boolean isStaffOf(UUID accountId, UUID clinicId);
}
