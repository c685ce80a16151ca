package org.ketapath.interop.fhir;

import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import org.ketapath.platform.web.CurrentAccount;

/**
 * Who may use an interaction, with the rules of {@code /api/v1}: the bearer token's account (the platform's API
 * chain resolved it), 401 without one; records of others answer 404 (see each provider), never 403, so their
 * existence does not show.
 */
final class FhirAccess {

    private FhirAccess() {}

    static CurrentAccount signedIn() {
        return CurrentAccount.get().orElseThrow(() -> {
            AuthenticationException e = new AuthenticationException("Sign-in required: send a bearer token.");
            e.addResponseHeader("WWW-Authenticate", "Bearer");
            return e;
        });
    }

    /** A patient whose e-mail is verified, as booking through {@code /api/v1/appointments} requires. */
    static CurrentAccount verifiedPatient() {
        CurrentAccount account = signedIn();
        if (!account.hasRole("PATIENT")) {
            throw new ForbiddenOperationException("Only patients can book appointments.");
        }
        if (!account.emailVerified()) {
            throw new ForbiddenOperationException(
                    "Verify your e-mail address before booking: follow the link we sent you.");
        }
        return account;
    }
}
