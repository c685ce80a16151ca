package org.ketapath.interop.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.List;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Schedule;
import org.ketapath.directory.ProviderListings;
import org.ketapath.scheduling.SchedulingApi;
import org.springframework.stereotype.Component;

/** {@code Schedule}: each service a listed clinic offers online; public, as availability is. */
@Component
class ScheduleProvider implements IResourceProvider {

    private final ProviderListings listings;
    private final SchedulingApi scheduling;

    ScheduleProvider(ProviderListings listings, SchedulingApi scheduling) {
        this.listings = listings;
        this.scheduling = scheduling;
    }

    @Override
    public Class<Schedule> getResourceType() {
        return Schedule.class;
    }

    @Read
    public Schedule read(@IdParam IdType id) {
        return SchedulingIds.schedule(id.getIdPart())
                .filter(key -> scheduling.servicesOffered(key.clinicId()).contains(key.service()))
                .flatMap(key -> listings.clinics(List.of(key.clinicId())).stream()
                        .findFirst()
                        .map(clinic -> SchedulingResources.schedule(clinic, key.service())))
                .orElseThrow(() -> Problems.notFound(id));
    }

    /** The schedules of the clinic at a location ({@code actor=Location/<id>}). */
    @Search
    public List<Schedule> search(@RequiredParam(name = Schedule.SP_ACTOR) ReferenceParam actor) {
        if (actor.getResourceType() != null && !"Location".equals(actor.getResourceType())) {
            throw Problems.invalid("actor", "must reference a Location");
        }
        return Ids.uuid(new IdType(actor.getIdPart()))
                .flatMap(listings::clinicAt)
                .map(clinic -> scheduling.servicesOffered(clinic.clinicId()).stream()
                        .map(service -> SchedulingResources.schedule(clinic, service))
                        .toList())
                .orElse(List.of());
    }
}
