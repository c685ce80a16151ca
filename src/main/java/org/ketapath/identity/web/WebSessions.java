package org.ketapath.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.identity.domain.Account;
import org.ketapath.identity.domain.Identities;
import org.ketapath.identity.domain.IdentityClock;
import org.ketapath.identity.domain.LocalPath;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Web sign-in state in the server-side session: the half-way state between password and second factor, and
 * the signed-in security context, always under a new session id.
 */
@Component
class WebSessions {

    static final String PENDING_ACCOUNT = "identity.pendingAccount";
    static final String PENDING_SINCE = "identity.pendingSince";
    static final String REGISTERED_ACCOUNT = "identity.registeredAccount";
    static final long PENDING_MILLIS = 5 * 60 * 1000L;

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final IdentityClock clock;
    private final Identities identities;

    WebSessions(IdentityClock clock, Identities identities) {
        this.clock = clock;
        this.identities = identities;
    }

    /** Remembers that the password was right; the second factor comes next (new session id). */
    void pending(HttpServletRequest request, Account account) {
        HttpSession session = renew(request);
        session.setAttribute(PENDING_ACCOUNT, account.id().toString());
        session.setAttribute(PENDING_SINCE, clock.clock().millis());
    }

    /** The account half-way through sign-in, if the password was given in the last 5 minutes. */
    Optional<UUID> pendingAccount(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null
                || !(session.getAttribute(PENDING_ACCOUNT) instanceof String id)
                || !(session.getAttribute(PENDING_SINCE) instanceof Long since)
                || clock.clock().millis() - since > PENDING_MILLIS) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(id));
    }

    /**
     * Remembers, in this browser's session only, the account it just signed up: opening the verification link
     * here signs that account in. Kept server-side, so the answer to a sign-up looks the same either way.
     */
    void registered(HttpServletRequest request, UUID accountId) {
        renew(request).setAttribute(REGISTERED_ACCOUNT, accountId.toString());
    }

    /** The account this browser signed up, if any. */
    Optional<UUID> registeredAccount(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(REGISTERED_ACCOUNT) instanceof String id
                ? Optional.of(UUID.fromString(id))
                : Optional.empty();
    }

    static boolean isSignedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }

    /** Signs the account in: new session id, security context saved, sign-in time kept for the 12 h limit. */
    void signIn(HttpServletRequest request, HttpServletResponse response, Account account) {
        HttpSession session = renew(request);
        session.removeAttribute(PENDING_ACCOUNT);
        session.removeAttribute(PENDING_SINCE);
        session.removeAttribute(REGISTERED_ACCOUNT);
        session.setAttribute(SessionLifetimeFilter.SIGNED_IN_AT, clock.clock().millis());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(Authorities.of(identities.find(account.id()).orElseThrow()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    static @Nullable String safeNext(@Nullable String next) {
        return LocalPath.safe(next);
    }

    private static HttpSession renew(HttpServletRequest request) {
        HttpSession existing = request.getSession(false);
        if (existing != null) {
            request.changeSessionId();
            return request.getSession(true);
        }
        return request.getSession(true);
    }
}
