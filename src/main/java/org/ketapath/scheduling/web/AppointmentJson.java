package org.ketapath.scheduling.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.scheduling.domain.AppointmentView;

/**
 * An appointment in the API: times with the clinic's offset, and where to get its calendar file; for a visit with
 * a chair, the clinic location where the chair stands ({@code locationId}, left out otherwise).
 */
record AppointmentJson(
        UUID id,
        String status,
        String start,
        String end,
        String timezone,
        UUID providerId,
        String service,
        UUID practitionerId,
        @Nullable UUID assessmentId,
        String calendarUrl,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable UUID locationId) {

    static AppointmentJson of(AppointmentView a) {
        return new AppointmentJson(
                a.id(),
                a.status(),
                AvailabilityController.offset(a.start(), a.zone()),
                AvailabilityController.offset(a.end(), a.zone()),
                a.zone().getId(),
                a.clinicId(),
                a.service().name(),
                a.practitionerId(),
                a.assessmentId(),
                "/api/v1/appointments/" + a.id() + "/calendar.ics",
                a.locationId());
    }
}
