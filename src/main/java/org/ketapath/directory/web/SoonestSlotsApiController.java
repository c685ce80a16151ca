package org.ketapath.directory.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.directory.domain.SoonestSlots;
import org.ketapath.platform.web.FieldProblem;
import org.ketapath.platform.web.InvalidInputException;
import org.ketapath.scheduling.ServiceType;
import org.ketapath.shared.ZipCentroid;
import org.ketapath.shared.ZipCentroids;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public: the soonest free slots of a service among verified clinics near a ZIP code, e.g. {@code GET
 * /api/v1/slots/soonest?zip=19107&radius=50&service=IV_INFUSION&limit=10}.
 */
@RestController
class SoonestSlotsApiController {

    static final int DEFAULT_RADIUS = 50;
    static final int DEFAULT_LIMIT = 10;

    private final SoonestSlots soonest;
    private final ZipCentroids centroids;

    SoonestSlotsApiController(SoonestSlots soonest, ZipCentroids centroids) {
        this.soonest = soonest;
        this.centroids = centroids;
    }

    @GetMapping("/api/v1/slots/soonest")
    SoonestResponse soonest(
            @RequestParam(required = false) @Nullable String zip,
            @RequestParam(required = false) @Nullable String radius,
            @RequestParam(required = false) @Nullable String service,
            @RequestParam(required = false) @Nullable String limit) {
        List<FieldProblem> problems = new ArrayList<>();
        ZipCentroid origin = SearchParameters.origin(zip, centroids, problems);
        int miles = integer("radius", radius, DEFAULT_RADIUS, SoonestSlots.MAX_RADIUS, problems);
        ServiceType type = ServiceType.parse(service == null ? null : service.strip());
        if (type == null) {
            problems.add(new FieldProblem(
                    "service", "must be one of FREE_CONSULT, IV_INFUSION, IM_INJECTION, AT_HOME_SESSION"));
        }
        int count = integer("limit", limit, DEFAULT_LIMIT, SoonestSlots.MAX_LIMIT, problems);
        if (!problems.isEmpty() || origin == null || type == null) {
            throw new InvalidInputException(problems);
        }
        List<SlotJson> slots = soonest.find(origin, miles, type, count).stream()
                .map(s -> new SlotJson(
                        s.clinicId(),
                        s.clinicName(),
                        s.miles(),
                        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                                s.start().atZone(s.zone()).toOffsetDateTime()),
                        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                                s.end().atZone(s.zone()).toOffsetDateTime()),
                        s.zone().getId(),
                        s.locationId()))
                .toList();
        return new SoonestResponse(origin.zip().value(), miles, type.name(), slots);
    }

    private static int integer(String name, @Nullable String text, int fallback, int max, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new FieldProblem(name, "must be a whole number from 1 to " + max));
        return fallback;
    }

    /**
     * The answer.
     *
     * @param zip the ZIP code searched around
     * @param radiusMiles the radius searched
     * @param service the service
     * @param slots the soonest free slots, earliest first
     */
    record SoonestResponse(String zip, int radiusMiles, String service, List<SlotJson> slots) {}

    /**
     * A free slot.
     *
     * @param clinicId the clinic (provider) id
     * @param clinicName the clinic's name
     * @param distanceMiles miles from the ZIP code's centroid
     * @param start start, ISO-8601 with the clinic's offset
     * @param end end (monitoring included), ISO-8601 with the clinic's offset
     * @param timezone the clinic's time zone
     * @param locationId for a service that uses a chair, the clinic location whose chair is free (left out else)
     */
    record SlotJson(
            UUID clinicId,
            String clinicName,
            double distanceMiles,
            String start,
            String end,
            String timezone,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
            UUID locationId) {}
}
