package org.ketapath.interop.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.List;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.ketapath.directory.ProviderListings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Reads of the directory resources other than Location and PractitionerRole: only listed clinics are found. */
@Configuration(proxyBeanMethods = false)
class DirectoryReadProviders {

    @Bean
    OrganizationProvider organizationProvider(ProviderListings listings) {
        return new OrganizationProvider(listings);
    }

    @Bean
    PractitionerProvider practitionerProvider(ProviderListings listings) {
        return new PractitionerProvider(listings);
    }

    @Bean
    HealthcareServiceProvider healthcareServiceProvider(ProviderListings listings) {
        return new HealthcareServiceProvider(listings);
    }

    /** {@code Organization/{clinic id}}. */
    static final class OrganizationProvider implements IResourceProvider {

        private final ProviderListings listings;

        OrganizationProvider(ProviderListings listings) {
            this.listings = listings;
        }

        @Override
        public Class<Organization> getResourceType() {
            return Organization.class;
        }

        @Read
        public Organization read(@IdParam IdType id) {
            return Ids.uuid(id)
                    .flatMap(
                            clinic -> listings.clinics(List.of(clinic)).stream().findFirst())
                    .map(DirectoryResources::organization)
                    .orElseThrow(() -> Problems.notFound(id));
        }
    }

    /** {@code Practitioner/{practitioner id}}: only practitioners with a verified, unexpired licence. */
    static final class PractitionerProvider implements IResourceProvider {

        private final ProviderListings listings;

        PractitionerProvider(ProviderListings listings) {
            this.listings = listings;
        }

        @Override
        public Class<Practitioner> getResourceType() {
            return Practitioner.class;
        }

        @Read
        public Practitioner read(@IdParam IdType id) {
            return Ids.uuid(id)
                    .flatMap(practitioner -> listings.clinicOf(practitioner)
                            .flatMap(clinic -> clinic.practitioners().stream()
                                    .filter(p -> p.id().equals(practitioner))
                                    .findFirst()))
                    .map(DirectoryResources::practitioner)
                    .orElseThrow(() -> Problems.notFound(id));
        }
    }

    /** {@code HealthcareService/{clinic id}}: the clinic's ketamine treatment, one service per clinic. */
    static final class HealthcareServiceProvider implements IResourceProvider {

        private final ProviderListings listings;

        HealthcareServiceProvider(ProviderListings listings) {
            this.listings = listings;
        }

        @Override
        public Class<HealthcareService> getResourceType() {
            return HealthcareService.class;
        }

        @Read
        public HealthcareService read(@IdParam IdType id) {
            return Ids.uuid(id)
                    .flatMap(
                            clinic -> listings.clinics(List.of(clinic)).stream().findFirst())
                    .map(DirectoryResources::service)
                    .orElseThrow(() -> Problems.notFound(id));
        }
    }
}
