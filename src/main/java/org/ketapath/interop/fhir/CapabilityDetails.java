package org.ketapath.interop.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Enumerations;

/**
 * What HAPI cannot know of the generated CapabilityStatement (its resources, search parameters and operations
 * come from the providers, so it lists exactly what is served): publisher, status, and the security section.
 */
@Interceptor
final class CapabilityDetails {

    @Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
    public void describe(IBaseConformance generated) {
        CapabilityStatement statement = (CapabilityStatement) generated;
        statement.setName("KetaPathFhirFacade");
        statement.setTitle("KetaPath FHIR R4 facade");
        statement.setPublisher("KetaPath");
        statement.setStatus(Enumerations.PublicationStatus.ACTIVE);
        statement.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        statement
                .getRest()
                .forEach(rest -> rest.getSecurity()
                        .setCors(false)
                        .setDescription("Bearer tokens from POST /api/v1/auth/token (RFC 6750), as for /api/v1. The "
                                + "directory and this statement are public; everything else needs a token. See "
                                + "/.well-known/smart-configuration."));
    }
}
