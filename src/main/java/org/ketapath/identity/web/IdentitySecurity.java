package org.ketapath.identity.web;

import org.ketapath.identity.Role;
import org.ketapath.identity.domain.ApiTokens;
import org.ketapath.identity.domain.Identities;
import org.ketapath.identity.domain.IdentityClock;
import org.ketapath.identity.domain.IdentitySettings;
import org.ketapath.platform.web.AuthenticationRefusals;
import org.ketapath.platform.web.PublicRoutes;
import org.ketapath.platform.web.SecurityExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.util.StringUtils;

/**
 * Identity's part of the security chains: bearer tokens and role rules for the API, sign-in pages, sign-out,
 * the absolute session lifetime and the session cookie.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentitySettings.class)
class IdentitySecurity {

    static final String STAFF_ROLES_CLINICIAN = Role.CLINICIAN.name();
    static final String STAFF_ROLES_ADMIN = Role.CLINIC_ADMIN.name();

    @Bean
    PublicRoutes identityPublicRoutes() {
        return PublicRoutes.of(
                "/sign-in",
                "/sign-in/**",
                "/invitations/*",
                "/register",
                "/register/check-email",
                "/verify-email",
                "/api/v1/patients",
                "/api/v1/auth/token",
                "/api/v1/auth/password-reset",
                "/api/v1/auth/password-reset/confirm",
                "/api/v1/email-verification",
                "/api/v1/email-change",
                "/password-reset",
                "/password-reset/confirm",
                "/account/email/confirm");
    }

    @Bean
    SecurityExtension identitySecurityExtension(
            ApiTokens tokens,
            Identities identities,
            IdentityClock clock,
            IdentitySettings settings,
            ObjectProvider<AuthenticationRefusals> refusals) {
        return new SecurityExtension() {
            @Override
            public void api(HttpSecurity http) throws Exception {
                http.addFilterBefore(
                                new BearerTokenFilter(
                                        tokens,
                                        identities,
                                        refusals.orderedStream().toList()),
                                AnonymousAuthenticationFilter.class)
                        .authorizeHttpRequests(requests -> requests.requestMatchers("/api/v1/admin/**")
                                .hasRole(Role.PLATFORM_ADMIN.name())
                                .requestMatchers("/api/v1/patients/me", "/api/v1/patients/me/**")
                                .hasRole(Role.PATIENT.name())
                                .requestMatchers("/api/v1/clinics/*/patients", "/api/v1/clinics/*/patients/**")
                                .hasAnyRole(STAFF_ROLES_CLINICIAN, STAFF_ROLES_ADMIN));
            }

            @Override
            public void pages(HttpSecurity http) throws Exception {
                http.addFilterBefore(
                                new SessionLifetimeFilter(clock.clock(), settings.absoluteSession()),
                                SecurityContextHolderFilter.class)
                        .addFilterAfter(new SessionAccountFilter(identities), SecurityContextHolderFilter.class)
                        .authorizeHttpRequests(requests -> requests.requestMatchers("/admin/**")
                                .hasRole(Role.PLATFORM_ADMIN.name())
                                .requestMatchers("/account/consents/**", "/account/export", "/account/close")
                                .hasRole(Role.PATIENT.name()))
                        .exceptionHandling(errors ->
                                errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/sign-in")))
                        .logout(logout -> logout.logoutUrl("/sign-out")
                                .logoutSuccessUrl("/sign-in?signed-out")
                                .invalidateHttpSession(true)
                                .deleteCookies(SessionCookie.NAME));
            }
        };
    }

    /** HttpOnly, SameSite=Lax, and Secure unless plain-http local development (see the README). */
    @Bean
    CookieSerializer sessionCookie(Environment environment) {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName(SessionCookie.NAME);
        cookie.setCookiePath("/");
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        cookie.setUseSecureCookie(SessionCookie.secure(environment));
        return cookie;
    }

    /** The session cookie's name and whether it is marked Secure. */
    static final class SessionCookie {

        static final String NAME = "KETAPATH_SESSION";

        private SessionCookie() {}

        /**
         * {@code ketapath.identity.secure-cookies} when set; otherwise Secure whenever an external database is
         * configured (a deployment), and not for the embedded default on plain-http localhost.
         */
        static boolean secure(Environment environment) {
            String explicit = environment.getProperty("ketapath.identity.secure-cookies");
            if (StringUtils.hasText(explicit)) {
                return Boolean.parseBoolean(explicit.trim());
            }
            return StringUtils.hasText(environment.getProperty("ketapath.db.url"));
        }
    }
}
