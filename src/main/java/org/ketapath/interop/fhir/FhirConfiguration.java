package org.ketapath.interop.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.List;
import org.ketapath.platform.web.AuthenticationRefusals;
import org.ketapath.platform.web.PublicRoutes;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The FHIR facade: one {@link FhirContext} for the whole application (building one is expensive) and HAPI's
 * RestfulServer registered as a servlet at {@code /fhir}. Security: {@code /fhir/**} runs in the platform's
 * stateless API chain (bearer tokens); the server itself decides per interaction who may use it
 * ({@link FhirAccess}), so its refusals are OperationOutcomes.
 */
@Configuration(proxyBeanMethods = false)
class FhirConfiguration {

    @Bean
    FhirContext fhirContext() {
        return FhirContext.forR4();
    }

    @Bean
    ServletRegistrationBean<FhirServer> fhirServlet(FhirContext fhir, List<IResourceProvider> resources) {
        ServletRegistrationBean<FhirServer> registration =
                new ServletRegistrationBean<>(new FhirServer(fhir, resources), "/fhir/*");
        registration.setName("fhir");
        registration.setLoadOnStartup(1);
        return registration;
    }

    /** A token refused before the server runs (unknown, expired, revoked) answers with an OperationOutcome too. */
    @Bean
    AuthenticationRefusals fhirAuthenticationRefusals(FhirContext fhir) {
        return new FhirAuthenticationRefusals(fhir);
    }

    /** The server answers every request itself, signed in or not, and refuses with OperationOutcomes. */
    @Bean
    PublicRoutes interopPublicRoutes() {
        return PublicRoutes.of("/fhir", "/fhir/**", "/.well-known/smart-configuration");
    }
}
