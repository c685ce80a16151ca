package org.ketapath.scheduling.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
import org.ketapath.platform.web.CurrentAccount;
import org.ketapath.platform.web.InvalidInputException;
import org.ketapath.scheduling.domain.AppointmentQueries;
import org.ketapath.scheduling.domain.AppointmentView;
import org.ketapath.scheduling.domain.BookingService;
import org.ketapath.scheduling.domain.CalendarFiles;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Patients' appointments: book (idempotent), list, read, calendar file, cancel, reschedule. Every access audited. */
@RestController
class AppointmentsController {

    private static final String TYPE = "Appointment";

    private final BookingService booking;
    private final AppointmentQueries queries;
    private final CalendarFiles calendars;
    private final AuditTrail audit;
    private final PatientBookings bookings;

    AppointmentsController(
            BookingService booking,
            AppointmentQueries queries,
            CalendarFiles calendars,
            AuditTrail audit,
            PatientBookings bookings) {
        this.booking = booking;
        this.queries = queries;
        this.calendars = calendars;
        this.audit = audit;
        this.bookings = bookings;
    }

    record BookRequest(
            @Nullable String providerId,
            @Nullable String service,
            @Nullable String start,
            @Nullable String assessmentId,
            @Nullable String holdId,
            @Nullable String locationId) {}

    record RescheduleRequest(@Nullable String start) {}

    @PostMapping("/api/v1/appointments")
    ResponseEntity<AppointmentJson> book(
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
            @RequestBody BookRequest body) {
        CurrentAccount account = ApiInput.verifiedPatient();
        if (!PatientBookings.usableKey(key)) {
            throw new InvalidInputException(
                    "Idempotency-Key", "header is required: 1 to 200 printable ASCII characters, e.g. a UUID");
        }
        BookingService.BookingRequest request = new BookingService.BookingRequest(
                ApiInput.uuid("providerId", body.providerId()),
                ApiInput.service(body.service()),
                ApiInput.instant("start", body.start()),
                sharedAssessment(body.assessmentId(), account.id()),
                ApiInput.optionalUuid("holdId", body.holdId()),
                ApiInput.optionalUuid("locationId", body.locationId()));
        BookingService.Booking result = bookings.book(account.id(), request, key.trim());
        AppointmentView a = result.appointment();
        AppointmentJson json = AppointmentJson.of(a);
        return result.replayed()
                ? ResponseEntity.ok(json)
                : ResponseEntity.created(URI.create("/api/v1/appointments/" + a.id()))
                        .body(json);
    }

    /**
     * The reference of the assessment result a booking shares: the id must be a result of the booker. An unknown
     * id and another person's id get the same answer, so the API cannot be used to learn whether a result exists.
     */
    private @Nullable UUID sharedAssessment(@Nullable String id, UUID patientId) {
        if (id == null) {
            return null;
        }
        return bookings.assessmentReference(id, patientId)
                .orElseThrow(() -> new InvalidInputException(
                        "assessmentId", "is not one of your assessment results (use the id the assessment returned)"));
    }

    @GetMapping("/api/v1/appointments")
    List<AppointmentJson> mine() {
        CurrentAccount account = ApiInput.signedIn();
        List<AppointmentView> list = queries.ofPatient(account.id());
        audit.record(AuditEvent.success("READ", TYPE, null, account.id()));
        return list.stream().map(AppointmentJson::of).toList();
    }

    @GetMapping("/api/v1/appointments/{id}")
    AppointmentJson one(@PathVariable String id) {
        return AppointmentJson.of(visible(id));
    }

    @GetMapping(value = "/api/v1/appointments/{id}/calendar.ics", produces = "text/calendar")
    ResponseEntity<String> calendar(@PathVariable String id) {
        AppointmentView a = visible(id);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"appointment.ics\"")
                .body(calendars.appointment(a));
    }

    @PostMapping("/api/v1/appointments/{id}/cancel")
    AppointmentJson cancel(@PathVariable String id) {
        CurrentAccount account = ApiInput.signedIn();
        AppointmentView a = booking.cancel(account.id(), parseOrNotFound(id));
        audit.record(AuditEvent.success("UPDATE", TYPE, a.id().toString(), a.patientId())
                .forClinic(a.clinicId()));
        return AppointmentJson.of(a);
    }

    @PostMapping("/api/v1/appointments/{id}/reschedule")
    AppointmentJson reschedule(@PathVariable String id, @RequestBody RescheduleRequest body) {
        CurrentAccount account = ApiInput.signedIn();
        UUID appointmentId = parseOrNotFound(id);
        AppointmentView a = booking.reschedule(account.id(), appointmentId, ApiInput.instant("start", body.start()));
        audit.record(AuditEvent.success("UPDATE", TYPE, a.id().toString(), a.patientId())
                .forClinic(a.clinicId()));
        return AppointmentJson.of(a);
    }

    /** The appointment if the caller is its patient or works for its clinic; 404 for everyone else. */
    private AppointmentView visible(String id) {
        CurrentAccount account = ApiInput.signedIn();
        UUID appointmentId = parseOrNotFound(id);
        AppointmentView a = queries.find(appointmentId)
                .filter(found -> found.patientId().equals(account.id()) || account.worksFor(found.clinicId()))
                .orElse(null);
        if (a == null) {
            audit.record(new AuditEvent("READ", TYPE, appointmentId.toString(), null, null, AuditEvent.Outcome.DENIED));
            throw org.ketapath.scheduling.domain.SchedulingProblem.notFound("The appointment");
        }
        audit.record(AuditEvent.success("READ", TYPE, a.id().toString(), a.patientId())
                .forClinic(account.worksFor(a.clinicId()) ? a.clinicId() : null));
        return a;
    }

    private static UUID parseOrNotFound(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw org.ketapath.scheduling.domain.SchedulingProblem.notFound("The appointment");
        }
    }
}
