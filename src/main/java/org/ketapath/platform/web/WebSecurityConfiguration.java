package org.ketapath.platform.web;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Transport-level protection every response gets: security headers and CSRF protection for forms. The JSON
 * API under {@code /api/**} is stateless and authenticated by bearer tokens, never by cookies, so it needs no
 * CSRF token.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
class WebSecurityConfiguration {

    /**
     * Scripts only from this origin (no inline script, no eval); styles from this origin; no framing; forms
     * post only here.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** The shell's own public routes: pages, assets, errors, health and the API description. */
    @Bean
    PublicRoutes platformPublicRoutes() {
        return PublicRoutes.of(
                "/",
                "/about",
                "/error",
                "/css/**",
                "/js/**",
                "/images/**",
                "/webjars/**",
                "/favicon.svg",
                "/actuator/health/**",
                "/actuator/prometheus",
                "/api/v1/openapi.json");
    }

    @Bean
    SecurityFilterChain webSecurity(HttpSecurity http, List<PublicRoutes> publicRoutes) throws Exception {
        String[] open = publicRoutes.stream()
                .flatMap(routes -> routes.patterns().stream())
                .distinct()
                .toArray(String[]::new);
        // Until accounts exist every route is open; the identity module narrows anyRequest() to signed-in users.
        http.authorizeHttpRequests(requests ->
                        requests.requestMatchers(open).permitAll().anyRequest().permitAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .contentTypeOptions(options -> {}))
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
