package org.ketapath.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.ketapath.identity.SecondFactorEnrolment;
import org.ketapath.identity.domain.Identities;
import org.springframework.stereotype.Component;

/** The hand-over to authenticator enrolment: the same half-way session state as a password sign-in. */
@Component
class WebEnrolment implements SecondFactorEnrolment {

    private final WebSessions sessions;
    private final Identities identities;

    WebEnrolment(WebSessions sessions, Identities identities) {
        this.sessions = sessions;
        this.identities = identities;
    }

    @Override
    public void begin(HttpServletRequest request, UUID accountId) {
        identities.account(accountId).ifPresent(account -> sessions.pending(request, account));
    }
}
