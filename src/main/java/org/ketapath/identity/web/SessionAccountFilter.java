package org.ketapath.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.ketapath.identity.CurrentUser;
import org.ketapath.identity.domain.Identities;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Re-reads a web session's account on every request, so a verified e-mail, a new clinic membership or a
 * closed account takes effect at once: authorities are refreshed, and a closed account is signed out.
 */
final class SessionAccountFilter extends OncePerRequestFilter {

    private final Identities identities;

    SessionAccountFilter(Identities identities) {
        this.identities = identities;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            Optional<CurrentUser> user = parse(auth.getName()).flatMap(identities::find);
            if (user.isEmpty()) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
            } else {
                SecurityContext fresh = SecurityContextHolder.createEmptyContext();
                fresh.setAuthentication(Authorities.of(user.get()));
                SecurityContextHolder.setContext(fresh);
            }
        }
        chain.doFilter(request, response);
    }

    private static Optional<UUID> parse(String name) {
        try {
            return Optional.of(UUID.fromString(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
