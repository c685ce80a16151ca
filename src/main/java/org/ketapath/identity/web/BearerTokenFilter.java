package org.ketapath.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ketapath.identity.CurrentUser;
import org.ketapath.identity.domain.ApiTokens;
import org.ketapath.identity.domain.Identities;
import org.ketapath.platform.web.AuthenticationRefusals;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer <token>} (RFC 6750). A token that is
 * unknown, expired or revoked answers 401 at once: problem+json, or the body a module writes for its own routes
 * ({@link AuthenticationRefusals}, e.g. an OperationOutcome under {@code /fhir}). Not a bean, so it runs in the API
 * security chain only.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final Identities identities;
    private final List<AuthenticationRefusals> refusals;

    BearerTokenFilter(ApiTokens tokens, Identities identities, List<AuthenticationRefusals> refusals) {
        this.tokens = tokens;
        this.identities = identities;
        this.refusals = List.copyOf(refusals);
    }

    static final String INVALID_TOKEN = "The access token is not valid (unknown, expired or revoked).";

    static @Nullable String token(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || header.length() < 8 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return header.substring(7).strip();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = token(request);
        if (token == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<CurrentUser> account = tokens.resolve(token).flatMap(identities::find);
        if (account.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            for (AuthenticationRefusals refusal : refusals) {
                if (refusal.appliesTo(request)) {
                    refusal.write(response, INVALID_TOKEN);
                    return;
                }
            }
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401," + "\"detail\":\""
                            + INVALID_TOKEN + "\"}");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(Authorities.of(account.get()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
