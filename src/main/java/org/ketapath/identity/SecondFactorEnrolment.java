package org.ketapath.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;

/**
 * Takes a staff member who has just set their password on another module's page (joining the platform) straight
 * to setting up their authenticator app, the step that otherwise follows their first sign-in.
 */
public interface SecondFactorEnrolment {

    /** Remembers the account in this browser's session; the page at {@link #PAGE} then enrols it. */
    void begin(HttpServletRequest request, UUID accountId);

    /** Where enrolment happens. */
    String PAGE = "/sign-in/enrol";
}
