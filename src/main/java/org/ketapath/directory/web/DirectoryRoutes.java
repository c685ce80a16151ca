package org.ketapath.directory.web;

import org.ketapath.platform.web.PublicRoutes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The directory's anonymous routes: search, public profiles and the soonest slots nearby, as pages and API. */
@Configuration(proxyBeanMethods = false)
class DirectoryRoutes {

    @Bean
    PublicRoutes directoryPublicRoutes() {
        return PublicRoutes.of(
                "/providers", "/providers/*", "/api/v1/providers", "/api/v1/providers/*", "/api/v1/slots/soonest");
    }
}
