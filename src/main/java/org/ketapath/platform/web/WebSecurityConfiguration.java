package org.ketapath.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.HeaderWriterFilter;

/**
 * Transport-level protection every response gets: security headers, sign-in required everywhere except the
 * routes modules declare public ({@link PublicRoutes}) and addresses nothing serves (those answer 404), and
 * CSRF protection for forms. Two chains: the JSON API under {@code /api/**} (and the FHIR facade under
 * {@code /fhir/**}, which answers its own errors as OperationOutcomes) is stateless and authenticated by
 * bearer tokens, never by cookies, so it needs no CSRF token; pages use a server-side session. The identity
 * module adds sign-in and role rules through {@link SecurityExtension}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
class WebSecurityConfiguration {

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
                "/api/v1/openapi.json",
                "/api/v1/openapi.json.yaml");
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            List<PublicRoutes> publicRoutes,
            ObjectProvider<SecurityExtension> extensions,
            ApplicationContext context)
            throws Exception {
        http.securityMatcher("/api/**", "/fhir/**");
        for (SecurityExtension extension : extensions.orderedStream().toList()) {
            extension.api(http);
        }
        http.authorizeHttpRequests(requests -> requests.requestMatchers(open(publicRoutes))
                        .permitAll()
                        .requestMatchers(new UnmappedRequests(context))
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(
                        security -> security.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Bearer");
                            problem(response, HttpStatus.UNAUTHORIZED);
                        })
                        .accessDeniedHandler((request, response, e) -> problem(response, HttpStatus.FORBIDDEN)))
                .requestCache(cache -> cache.disable());
        edge(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(
            HttpSecurity http,
            List<PublicRoutes> publicRoutes,
            ObjectProvider<SecurityExtension> extensions,
            ApplicationContext context)
            throws Exception {
        for (SecurityExtension extension : extensions.orderedStream().toList()) {
            extension.pages(http);
        }
        http.authorizeHttpRequests(requests -> requests.requestMatchers(open(publicRoutes))
                        .permitAll()
                        .requestMatchers(new UnmappedRequests(context))
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .requestCache(cache -> cache.disable());
        edge(http);
        return http.build();
    }

    private static String[] open(List<PublicRoutes> publicRoutes) {
        return publicRoutes.stream()
                .flatMap(routes -> routes.patterns().stream())
                .distinct()
                .toArray(String[]::new);
    }

    /** The security headers, and the check of every request's text before anything reads it. */
    private static void edge(HttpSecurity http) throws Exception {
        http.headers(headers -> {
                    headers.defaultsDisabled();
                    SecurityHeaders.WRITERS.forEach(headers::addHeaderWriter);
                })
                .addFilterAfter(new RequestInputFilter(), HeaderWriterFilter.class);
    }

    private static void problem(HttpServletResponse response, HttpStatus status) throws java.io.IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                        + status.value() + ",\"detail\":\"" + ProblemMessages.detailFor(status) + "\"}");
    }
}
