package org.ketapath.workspace.web;

import org.ketapath.platform.web.PublicRoutes;
import org.ketapath.platform.web.SecurityExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Role rules of the workspace's API: intakes are for clinic staff, and only clinicians decide on them; staff
 * management is for clinic admins. Which clinic's staff is checked by the controllers (anyone else gets not
 * found). Joining the platform is open.
 */
@Configuration(proxyBeanMethods = false)
class WorkspaceSecurity {

    /** Joining the platform needs no account yet. */
    @Bean
    PublicRoutes workspacePublicRoutes() {
        return PublicRoutes.of("/clinics/join", "/api/v1/clinics");
    }

    @Bean
    SecurityExtension workspaceSecurityExtension() {
        return new SecurityExtension() {
            @Override
            public void api(HttpSecurity http) throws Exception {
                http.authorizeHttpRequests(
                        requests -> requests.requestMatchers(HttpMethod.POST, "/api/v1/clinics/*/intakes/*/review")
                                .hasRole("CLINICIAN")
                                .requestMatchers("/api/v1/clinics/*/intakes", "/api/v1/clinics/*/intakes/**")
                                .hasAnyRole("CLINICIAN", "CLINIC_ADMIN")
                                .requestMatchers("/api/v1/clinics/*/staff", "/api/v1/clinics/*/staff/**")
                                .hasRole("CLINIC_ADMIN"));
            }
        };
    }
}
