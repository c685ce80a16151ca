package org.ketapath.content.web;

import org.ketapath.platform.web.PublicRoutes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The information pages, sitemap and robots.txt are for everyone, signed in or not. */
@Configuration(proxyBeanMethods = false)
class ContentRoutes {

    @Bean
    PublicRoutes contentPublicRoutes() {
        return PublicRoutes.of("/learn", "/learn/**", "/sitemap.xml", "/robots.txt");
    }
}
