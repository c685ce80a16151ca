package org.ketapath.interop.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.List;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Slot;
import org.jspecify.annotations.Nullable;
import org.ketapath.interop.fhir.SchedulingIds.ScheduleKey;
import org.springframework.stereotype.Component;

/**
 * {@code Slot}: the free starts of a Schedule, computed from the clinic's availability on every request (never
 * stored), in time order. {@code start} bounds the range (default: the next 7 days; at most 62 days).
 */
@Component
class SlotProvider implements IResourceProvider {

    private final FreeSlots free;

    SlotProvider(FreeSlots free) {
        this.free = free;
    }

    @Override
    public Class<Slot> getResourceType() {
        return Slot.class;
    }

    @Read
    public Slot read(@IdParam IdType id) {
        return SchedulingIds.slot(id.getIdPart())
                .flatMap(free::stillFree)
                .map(found -> SchedulingResources.slot(found.key(), found.end()))
                .orElseThrow(() -> Problems.notFound(id));
    }

    @Search
    public IBundleProvider search(
            @RequiredParam(name = Slot.SP_SCHEDULE) ReferenceParam schedule,
            @OptionalParam(name = Slot.SP_START) @Nullable DateRangeParam start,
            @OptionalParam(name = Slot.SP_STATUS) @Nullable TokenParam status,
            @Offset @Nullable Integer offset,
            @Count @Nullable Integer count) {
        Paging paging = Paging.of(offset, count);
        if (schedule.getResourceType() != null && !"Schedule".equals(schedule.getResourceType())) {
            throw Problems.invalid("schedule", "must reference a Schedule");
        }
        if (status != null && !"free".equals(status.getValue())) {
            throw Problems.invalid("status", "may only be free: only free slots are published");
        }
        ScheduleKey key = SchedulingIds.schedule(schedule.getIdPart()).orElse(null);
        if (key == null) {
            return paging.bundle(List.of(), 0);
        }
        FreeSlots.Range range = free.range(start, "start");
        List<FreeSlots.Found> found = free.between(key, range);
        List<Slot> page = found.stream()
                .skip(paging.offset())
                .limit(paging.count())
                .map(f -> SchedulingResources.slot(f.key(), f.end()))
                .toList();
        return paging.bundle(page, found.size());
    }
}
