package org.ketapath.interop.fhir;

import ca.uhn.fhir.model.api.Include;
import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.IncludeParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.jspecify.annotations.Nullable;
import org.ketapath.directory.ProviderListings;
import org.ketapath.directory.ProviderListings.Role;
import org.ketapath.directory.ProviderListings.RolePage;
import org.springframework.stereotype.Component;

/**
 * {@code PractitionerRole}: a listed practitioner at its clinic. Search by {@code location} and/or {@code specialty}
 * (a NUCC taxonomy code), with {@code _include} of the practitioner, organization, location and service.
 */
@Component
class PractitionerRoleProvider implements IResourceProvider {

    static final String INCLUDE_PRACTITIONER = "PractitionerRole:practitioner";
    static final String INCLUDE_ORGANIZATION = "PractitionerRole:organization";
    static final String INCLUDE_LOCATION = "PractitionerRole:location";
    static final String INCLUDE_SERVICE = "PractitionerRole:service";

    private final ProviderListings listings;

    PractitionerRoleProvider(ProviderListings listings) {
        this.listings = listings;
    }

    @Override
    public Class<PractitionerRole> getResourceType() {
        return PractitionerRole.class;
    }

    @Read
    public PractitionerRole read(@IdParam IdType id) {
        return Ids.uuid(id)
                .flatMap(practitioner -> listings.clinicOf(practitioner)
                        .flatMap(clinic -> clinic.practitioners().stream()
                                .filter(p -> p.id().equals(practitioner))
                                .findFirst()
                                .map(p -> DirectoryResources.role(p, clinic))))
                .orElseThrow(() -> Problems.notFound(id));
    }

    @Search
    public IBundleProvider search(
            @OptionalParam(name = PractitionerRole.SP_LOCATION) @Nullable ReferenceParam location,
            @OptionalParam(name = PractitionerRole.SP_SPECIALTY) @Nullable TokenParam specialty,
            @IncludeParam(allow = {INCLUDE_PRACTITIONER, INCLUDE_ORGANIZATION, INCLUDE_LOCATION, INCLUDE_SERVICE})
                    @Nullable
                    Set<Include> includes,
            @Offset @Nullable Integer offset,
            @Count @Nullable Integer count) {
        Paging paging = Paging.of(offset, count);
        if (location == null && specialty == null) {
            throw Problems.invalid("location", "or specialty is required");
        }
        UUID locationId = null;
        if (location != null) {
            if (location.getResourceType() != null && !"Location".equals(location.getResourceType())) {
                throw Problems.invalid("location", "must reference a Location");
            }
            locationId = Ids.uuid(new IdType(location.getIdPart())).orElse(null);
            if (locationId == null) {
                return paging.bundle(List.of(), 0);
            }
        }
        String taxonomy = null;
        if (specialty != null) {
            if (specialty.getSystem() != null && !DirectoryResources.NUCC.equals(specialty.getSystem())) {
                throw Problems.invalid("specialty", "must be a NUCC provider taxonomy code");
            }
            taxonomy = specialty.getValue() == null ? "" : specialty.getValue().strip();
            if (!taxonomy.matches("[0-9A-Z]{9}X")) {
                throw Problems.invalid("specialty", "must be a NUCC provider taxonomy code such as 207L00000X");
            }
        }
        RolePage page = listings.practitioners(locationId, taxonomy, paging.page(), paging.count());
        Set<String> asked = includes == null
                ? Set.of()
                : includes.stream().map(Include::getValue).collect(java.util.stream.Collectors.toSet());
        List<PractitionerRole> roles = new ArrayList<>();
        for (Role found : page.results()) {
            PractitionerRole role = DirectoryResources.role(found.practitioner(), found.clinic());
            if (asked.contains(INCLUDE_PRACTITIONER)) {
                role.getPractitioner().setResource(DirectoryResources.practitioner(found.practitioner()));
            }
            if (asked.contains(INCLUDE_ORGANIZATION)) {
                role.getOrganization().setResource(DirectoryResources.organization(found.clinic()));
            }
            if (asked.contains(INCLUDE_LOCATION)) {
                role.getLocationFirstRep().setResource(DirectoryResources.location(found.clinic()));
            }
            if (asked.contains(INCLUDE_SERVICE)) {
                role.getHealthcareServiceFirstRep().setResource(DirectoryResources.service(found.clinic()));
            }
            roles.add(role);
        }
        return paging.bundle(roles, page.total());
    }
}
