package org.ketapath.scheduling.web;

import org.ketapath.platform.web.PublicRoutes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SchedulingRoutes {

    /** Availability and holds are open to visitors who have no account yet; feeds carry their own token. */
    @Bean
    PublicRoutes schedulingPublicRoutes() {
        return PublicRoutes.of(
                "/api/v1/providers/*/availability",
                "/api/v1/holds",
                "/calendar/feeds/*",
                "/providers/*/book",
                // Only the browser holding the time finds it (it is kept in that session); see BookingPages.hold.
                "/appointments/hold/*/confirm");
    }
}
