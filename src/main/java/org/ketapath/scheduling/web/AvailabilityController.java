package org.ketapath.scheduling.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.platform.web.InvalidInputException;
import org.ketapath.scheduling.Availability;
import org.ketapath.scheduling.ClinicNames;
import org.ketapath.scheduling.ClinicResources;
import org.ketapath.scheduling.SchedulingApi;
import org.ketapath.scheduling.ServiceType;
import org.ketapath.scheduling.domain.SchedulingProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Free slots of a provider (clinic), public: anyone may look before signing up. */
@RestController
class AvailabilityController {

    private final SchedulingApi scheduling;
    private final ClinicNames clinics;
    private final ClinicResources resources;

    AvailabilityController(SchedulingApi scheduling, ClinicNames clinics, ClinicResources resources) {
        this.scheduling = scheduling;
        this.clinics = clinics;
        this.resources = resources;
    }

    @GetMapping("/api/v1/providers/{id}/availability")
    AvailabilityResponse availability(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String service,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to) {
        UUID clinicId;
        try {
            clinicId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw SchedulingProblem.notFound("The provider");
        }
        ServiceType type = ApiInput.service(service);
        LocalDate start = ApiInput.date("from", from);
        LocalDate end = ApiInput.date("to", to);
        if (end.isBefore(start)) {
            throw new InvalidInputException("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > SchedulingApi.MAX_RANGE_DAYS) {
            throw new InvalidInputException(
                    "to", "must be at most " + SchedulingApi.MAX_RANGE_DAYS + " days after from");
        }
        Availability availability = scheduling
                .availability(clinicId, type, start, end)
                .or(() -> listedWithoutSchedule(clinicId))
                .orElseThrow(() -> SchedulingProblem.notFound("The provider"));
        ZoneId zone = availability.zone();
        List<SlotJson> slots = availability.slots().stream()
                .map(s -> new SlotJson(
                        offset(s.start(), zone), offset(s.end(), zone), s.practitionerId(), s.locationId()))
                .toList();
        return new AvailabilityResponse(zone.getId(), availability.onlineBooking(), slots);
    }

    /** A listed clinic without a schedule books by phone: no slots, never "not found". */
    private java.util.Optional<Availability> listedWithoutSchedule(UUID clinicId) {
        if (clinics.nameOf(clinicId).isEmpty()) {
            return java.util.Optional.empty();
        }
        return resources.zone(clinicId).map(zone -> new Availability(zone, List.of(), false));
    }

    static String offset(java.time.Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.atZone(zone).toOffsetDateTime());
    }

    /**
     * The clinic's free slots; {@code onlineBooking} false (no slots) when it books by phone only.
     */
    record AvailabilityResponse(String timezone, boolean onlineBooking, List<SlotJson> slots) {}

    /**
     * A free slot; {@code locationId} (services that use a chair only) is the clinic location whose chair is free,
     * so a start free at two locations comes twice, once with each.
     */
    record SlotJson(
            String start,
            String end,
            UUID practitionerId,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
            UUID locationId) {}
}
