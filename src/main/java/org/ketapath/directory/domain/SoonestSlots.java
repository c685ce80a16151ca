package org.ketapath.directory.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.scheduling.SchedulingApi;
import org.ketapath.scheduling.ServiceType;
import org.ketapath.shared.ZipCentroid;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The soonest free slots of a service among the verified clinics near a ZIP code: the directory's radius search
 * finds the clinics (nearest {@value #MAX_CLINICS} at most), scheduling plans all of them together.
 */
@Service
public class SoonestSlots {

    public static final int MAX_LIMIT = 50;
    public static final int MAX_RADIUS = 250;

    /** The nearest clinics considered; beyond them a radius search would plan hundreds of calendars. */
    static final int MAX_CLINICS = 200;

    private final SearchRepository search;
    private final SchedulingApi scheduling;
    private final Clock clock;

    SoonestSlots(SearchRepository search, SchedulingApi scheduling, ObjectProvider<Clock> clock) {
        this.search = search;
        this.scheduling = scheduling;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** At most {@code limit} (1-50) free slots, earliest first, within {@code radiusMiles} (1-250) of the origin. */
    public List<NearbySlot> find(ZipCentroid origin, int radiusMiles, ServiceType service, int limit) {
        if (limit < 1 || limit > MAX_LIMIT || radiusMiles < 1 || radiusMiles > MAX_RADIUS) {
            throw new IllegalArgumentException("limit or radius out of range");
        }
        Map<UUID, SearchRepository.NearbyClinic> clinics = new LinkedHashMap<>();
        for (SearchRepository.NearbyClinic c : search.nearby(origin, radiusMiles, MAX_CLINICS)) {
            clinics.put(c.clinicId(), c);
        }
        List<NearbySlot> slots = new ArrayList<>();
        for (SchedulingApi.ClinicSlot s :
                scheduling.soonestSlots(clinics.keySet(), service, Instant.now(clock), limit)) {
            SearchRepository.NearbyClinic c = clinics.get(s.clinicId());
            slots.add(new NearbySlot(
                    c.clinicId(),
                    c.name(),
                    c.miles(),
                    s.slot().start(),
                    s.slot().end(),
                    s.zone(),
                    s.slot().locationId()));
        }
        return slots;
    }

    /**
     * A free slot at a clinic near the origin.
     *
     * @param clinicId the clinic (provider) id
     * @param clinicName its name
     * @param miles the distance from the ZIP centroid to its primary location, in miles
     * @param start when the visit starts
     * @param end when it ends (monitoring included)
     * @param zone the clinic's time zone
     * @param locationId for a service that uses a chair, the clinic location whose chair is free; else null
     */
    public record NearbySlot(
            UUID clinicId,
            String clinicName,
            double miles,
            Instant start,
            Instant end,
            ZoneId zone,
            @Nullable UUID locationId) {}
}
