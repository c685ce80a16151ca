package org.ketapath.billing.web;

import org.ketapath.platform.web.PublicRoutes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Billing's anonymous routes: a provider's cost estimate, like its public profile. */
@Configuration(proxyBeanMethods = false)
class BillingRoutes {

    @Bean
    PublicRoutes billingPublicRoutes() {
        return PublicRoutes.of("/api/v1/providers/*/estimate");
    }
}
