package org.ketapath.scheduling.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.scheduling.domain.BookingService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Holds a slot for ten minutes while someone signs up; book with the hold's id to keep the slot. */
@RestController
class HoldsController {

    private final BookingService booking;

    HoldsController(BookingService booking) {
        this.booking = booking;
    }

    record HoldRequest(
            @Nullable String providerId,
            @Nullable String service,
            @Nullable String start,
            @Nullable String locationId) {}

    record HoldJson(
            UUID id,
            UUID providerId,
            String start,
            String end,
            String expiresAt,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
            UUID locationId) {}

    @PostMapping("/api/v1/holds")
    @ResponseStatus(HttpStatus.CREATED)
    HoldJson hold(@RequestBody HoldRequest body) {
        BookingService.Hold hold = booking.hold(
                ApiInput.uuid("providerId", body.providerId()),
                ApiInput.service(body.service()),
                ApiInput.instant("start", body.start()),
                ApiInput.optionalUuid("locationId", body.locationId()));
        return new HoldJson(
                hold.id(),
                hold.clinicId(),
                AvailabilityController.offset(hold.start(), ZoneOffset.UTC),
                AvailabilityController.offset(hold.end(), ZoneOffset.UTC),
                AvailabilityController.offset(hold.expiresAt(), ZoneOffset.UTC),
                hold.locationId());
    }
}
