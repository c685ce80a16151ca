package org.ketapath.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in web session at its absolute lifetime (12 hours by default) however active it was; the idle
 * limit (30 minutes) is the session store's own timeout. Runs before the security context is read.
 */
final class SessionLifetimeFilter extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = "identity.signedInAt";

    private final Clock clock;
    private final Duration absolute;

    SessionLifetimeFilter(Clock clock, Duration absolute) {
        this.clock = clock;
        this.absolute = absolute;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(SIGNED_IN_AT) instanceof Long signedInAt
                && clock.millis() - signedInAt >= absolute.toMillis()) {
            session.invalidate();
        }
        chain.doFilter(request, response);
    }
}
