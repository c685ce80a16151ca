package org.ketapath.assessment.web;

import org.ketapath.platform.web.PublicRoutes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The assessment is open to everyone: its pages, the instruments and taking an assessment. */
@Configuration(proxyBeanMethods = false)
class AssessmentRoutes {

    @Bean
    PublicRoutes assessmentPublicRoutes() {
        return PublicRoutes.of("/assessment", "/assessment/**", "/api/v1/instruments/**", "/api/v1/assessments/**");
    }
}
