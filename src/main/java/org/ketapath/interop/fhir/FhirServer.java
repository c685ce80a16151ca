package org.ketapath.interop.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.ETagSupportEnum;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import java.util.List;

/** HAPI's plain RestfulServer with KetaPath's providers, JSON by default, and errors as OperationOutcomes. */
final class FhirServer extends RestfulServer {

    private final transient List<IResourceProvider> resources;

    FhirServer(FhirContext fhir, List<IResourceProvider> resources) {
        super(fhir);
        this.resources = resources;
    }

    @Override
    protected void initialize() {
        setServerName("KetaPath FHIR facade");
        setImplementationDescription("KetaPath: provider directory, scheduling, questionnaires and records (FHIR R4)");
        setDefaultResponseEncoding(EncodingEnum.JSON);
        setETagSupport(ETagSupportEnum.DISABLED);
        setDefaultPageSize(Paging.DEFAULT_COUNT);
        setResourceProviders(resources);
        registerInterceptor(new FhirErrors());
        registerInterceptor(new CapabilityDetails());
    }
}
