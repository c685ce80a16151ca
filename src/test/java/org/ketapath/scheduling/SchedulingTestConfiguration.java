package org.ketapath.scheduling;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ketapath.platform.web.SecurityExtension;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Test-only wiring for scheduling tests: a clock the test moves, patient e-mail addresses derived from the
 * account id, and, because identity is not merged yet, authentication from a test header
 * ({@code X-Test-Account: <uuid> ROLE_PATIENT,EMAIL_VERIFIED}). Never part of the application.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SchedulingTestConfiguration {

    public static final String ACCOUNT_HEADER = "X-Test-Account";
    public static final Instant START = Instant.parse("2026-12-01T12:00:00Z");

    @Bean
    MutableClock testClock() {
        return new MutableClock(START);
    }

    @Bean
    @org.springframework.context.annotation.Primary
    PatientContacts testPatientContacts() {
        return patientId -> Optional.of(patientId + "@patients.test");
    }

    /**
     * Authentication from the test header, inside both security chains (after the security context is loaded,
     * before authorisation), so the real authorisation rules apply to the test's account.
     */
    @Bean
    SecurityExtension testHeaderAuthentication() {
        return new SecurityExtension() {
            @Override
            public void api(HttpSecurity http) {
                http.addFilterBefore(headerFilter(), AuthorizationFilter.class);
            }

            @Override
            public void pages(HttpSecurity http) {
                http.addFilterBefore(headerFilter(), AuthorizationFilter.class);
            }
        };
    }

    private static OncePerRequestFilter headerFilter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String header = request.getHeader(ACCOUNT_HEADER);
                if (header != null) {
                    String[] parts = header.trim().split(" ", 2);
                    List<SimpleGrantedAuthority> authorities = parts.length < 2
                            ? List.of()
                            : Arrays.stream(parts[1].split(","))
                                    .map(SimpleGrantedAuthority::new)
                                    .toList();
                    SecurityContext context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(parts[0], null, authorities));
                    SecurityContextHolder.setContext(context);
                }
                chain.doFilter(request, response);
            }
        };
    }
}
