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
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
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
    PatientContacts testPatientContacts() {
        return patientId -> Optional.of(patientId + "@patients.test");
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> testAuthentication() {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String header = request.getHeader(ACCOUNT_HEADER);
                if (header == null) {
                    chain.doFilter(request, response);
                    return;
                }
                String[] parts = header.trim().split(" ", 2);
                List<SimpleGrantedAuthority> authorities = parts.length < 2
                        ? List.of()
                        : Arrays.stream(parts[1].split(","))
                                .map(SimpleGrantedAuthority::new)
                                .toList();
                SecurityContextHolder.getContext()
                        .setAuthentication(
                                UsernamePasswordAuthenticationToken.authenticated(parts[0], null, authorities));
                try {
                    chain.doFilter(request, response);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(0); // after Spring Security's chain (-100), before the dispatcher
        return registration;
    }
}
