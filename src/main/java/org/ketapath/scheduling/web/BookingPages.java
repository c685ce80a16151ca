package org.ketapath.scheduling.web;

import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
import org.ketapath.platform.web.CurrentAccount;
import org.ketapath.scheduling.Availability;
import org.ketapath.scheduling.ClinicNames;
import org.ketapath.scheduling.SchedulingApi;
import org.ketapath.scheduling.ServiceType;
import org.ketapath.scheduling.Slot;
import org.ketapath.scheduling.domain.AppointmentQueries;
import org.ketapath.scheduling.domain.AppointmentView;
import org.ketapath.scheduling.domain.BookingService;
import org.ketapath.scheduling.domain.CalendarFiles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The patient's booking pages: free-consultation slots of a provider (plain forms, no JavaScript needed), a
 * slot held while a visitor signs up and verifies the e-mail address, the booked appointment with its calendar
 * file, and the patient's appointments.
 */
@Controller
class BookingPages {

    static final int DAYS = 14;
    private static final String HOLD_PREFIX = "scheduling.hold.";
    private static final String TYPE = "Appointment";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter FULL =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);

    private final SchedulingApi scheduling;
    private final BookingService booking;
    private final AppointmentQueries queries;
    private final CalendarFiles calendars;
    private final AuditTrail audit;
    private final ObjectProvider<ClinicNames> names;
    private final Clock clock;

    BookingPages(
            SchedulingApi scheduling,
            BookingService booking,
            AppointmentQueries queries,
            CalendarFiles calendars,
            AuditTrail audit,
            ObjectProvider<ClinicNames> names,
            ObjectProvider<Clock> clock) {
        this.scheduling = scheduling;
        this.booking = booking;
        this.queries = queries;
        this.calendars = calendars;
        this.audit = audit;
        this.names = names;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** One bookable start time as shown: its time and the full accessible label of its button. */
    record SlotChoice(String start, String time, String label) {}

    /** The slots of one day in the clinic's zone. */
    record Day(String heading, List<SlotChoice> slots) {}

    /** An appointment as the patient sees it. */
    record Shown(String id, String clinic, String when, String zone, String status) {}

    @GetMapping("/providers/{id}/book")
    String slots(@PathVariable String id, Model model) {
        UUID clinicId = uuidOrNotFound(id);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Availability availability = scheduling
                .availability(clinicId, ServiceType.FREE_CONSULT, today.minusDays(1), today.plusDays(DAYS))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ZoneId zone = availability.zone();
        Map<LocalDate, List<SlotChoice>> byDay = new LinkedHashMap<>();
        for (Slot slot : availability.slots()) {
            var local = slot.start().atZone(zone);
            String time = TIME.format(local);
            byDay.computeIfAbsent(local.toLocalDate(), d -> new ArrayList<>())
                    .add(new SlotChoice(slot.start().toString(), time, "Book " + DAY.format(local) + ", " + time));
        }
        List<Day> days = new ArrayList<>();
        byDay.forEach((date, choices) -> days.add(new Day(DAY.format(date), choices)));
        model.addAttribute("clinicId", clinicId);
        model.addAttribute("clinic", clinicName(clinicId));
        model.addAttribute("zone", zone.getId());
        model.addAttribute("days", days);
        model.addAttribute("key", UUID.randomUUID().toString());
        return "scheduling/book";
    }

    @PostMapping("/providers/{id}/book")
    String book(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String start,
            @RequestParam(required = false) @Nullable String key,
            HttpSession session) {
        UUID clinicId = uuidOrNotFound(id);
        Instant startsAt = instant(start);
        Optional<CurrentAccount> account = CurrentAccount.get();
        if (account.isPresent() && account.get().emailVerified()) {
            String idempotencyKey = key == null || key.isBlank() || key.length() > 200
                    ? UUID.randomUUID().toString()
                    : key;
            AppointmentView a = book(
                    account.get(),
                    new BookingService.BookingRequest(clinicId, ServiceType.FREE_CONSULT, startsAt, null, null),
                    idempotencyKey);
            return "redirect:/appointments/" + a.id();
        }
        BookingService.Hold hold = booking.hold(clinicId, ServiceType.FREE_CONSULT, startsAt);
        session.setAttribute(HOLD_PREFIX + hold.id(), clinicId + "|" + startsAt);
        String confirm = "/appointments/hold/" + hold.id() + "/confirm";
        return account.isPresent() ? "redirect:" + confirm : "redirect:/register?next=" + confirm;
    }

    @GetMapping("/appointments/hold/{holdId}/confirm")
    String hold(@PathVariable String holdId, HttpSession session, Model model) {
        CurrentAccount account = signedIn();
        Held held = held(holdId, session);
        model.addAttribute("holdId", held.id());
        model.addAttribute("clinic", clinicName(held.clinicId()));
        model.addAttribute("clinicId", held.clinicId());
        model.addAttribute("verified", account.emailVerified());
        model.addAttribute("key", UUID.randomUUID().toString());
        scheduling
                .availability(
                        held.clinicId(),
                        ServiceType.FREE_CONSULT,
                        LocalDate.now(ZoneOffset.UTC),
                        LocalDate.now(ZoneOffset.UTC))
                .ifPresent(a -> {
                    model.addAttribute("when", FULL.format(held.start().atZone(a.zone())));
                    model.addAttribute("zone", a.zone().getId());
                });
        model.addAttribute("start", held.start().toString());
        return "scheduling/hold";
    }

    @PostMapping("/appointments/hold/{holdId}/confirm")
    String confirm(
            @PathVariable String holdId, @RequestParam(required = false) @Nullable String key, HttpSession session) {
        CurrentAccount account = signedIn();
        Held held = held(holdId, session);
        if (!account.emailVerified()) {
            return "redirect:/appointments/hold/" + held.id() + "/confirm";
        }
        String idempotencyKey =
                key == null || key.isBlank() || key.length() > 200 ? held.id().toString() : key;
        AppointmentView a = book(
                account,
                new BookingService.BookingRequest(
                        held.clinicId(), ServiceType.FREE_CONSULT, held.start(), null, held.id()),
                idempotencyKey);
        session.removeAttribute(HOLD_PREFIX + held.id());
        return "redirect:/appointments/" + a.id();
    }

    @GetMapping("/appointments/{id}")
    String appointment(@PathVariable String id, Model model) {
        AppointmentView a = own(id);
        model.addAttribute("appointment", shown(a));
        return "scheduling/appointment";
    }

    @GetMapping(value = "/appointments/{id}/calendar.ics", produces = "text/calendar")
    ResponseEntity<String> calendar(@PathVariable String id) {
        AppointmentView a = own(id);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"appointment.ics\"")
                .body(calendars.appointment(a));
    }

    @GetMapping("/appointments")
    String mine(Model model) {
        CurrentAccount account = signedIn();
        List<AppointmentView> list = queries.ofPatient(account.id());
        audit.record(AuditEvent.success("READ", TYPE, null, account.id()));
        model.addAttribute("appointments", list.stream().map(this::shown).toList());
        return "scheduling/appointments";
    }

    private AppointmentView book(CurrentAccount account, BookingService.BookingRequest request, String key) {
        BookingService.Booking result = booking.book(account.id(), request, key, AppointmentsController.hash(request));
        AppointmentView a = result.appointment();
        if (!result.replayed()) {
            audit.record(AuditEvent.success("CREATE", TYPE, a.id().toString(), a.patientId())
                    .forClinic(a.clinicId()));
        }
        return a;
    }

    /** The appointment if the signed-in account is its patient; 404 for everyone else. */
    private AppointmentView own(String id) {
        CurrentAccount account = signedIn();
        UUID appointmentId = uuidOrNotFound(id);
        AppointmentView a = queries.find(appointmentId)
                .filter(found -> found.patientId().equals(account.id()))
                .orElse(null);
        if (a == null) {
            audit.record(new AuditEvent("READ", TYPE, appointmentId.toString(), null, null, AuditEvent.Outcome.DENIED));
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        audit.record(AuditEvent.success("READ", TYPE, a.id().toString(), a.patientId()));
        return a;
    }

    private Shown shown(AppointmentView a) {
        return new Shown(
                a.id().toString(),
                clinicName(a.clinicId()),
                FULL.format(a.start().atZone(a.zone())),
                a.zone().getId(),
                a.status().equals("BOOKED") ? "Booked" : "Cancelled");
    }

    private record Held(UUID id, UUID clinicId, Instant start) {}

    private static Held held(String holdId, HttpSession session) {
        UUID id = uuidOrNotFound(holdId);
        if (!(session.getAttribute(HOLD_PREFIX + id) instanceof String value) || value.indexOf('|') < 0) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String[] parts = value.split("\\|", 2);
        return new Held(id, UUID.fromString(parts[0]), Instant.parse(parts[1]));
    }

    private String clinicName(UUID clinicId) {
        ClinicNames provider = names.getIfAvailable();
        return provider == null ? "the clinic" : provider.nameOf(clinicId).orElse("the clinic");
    }

    private static CurrentAccount signedIn() {
        return CurrentAccount.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }

    private static Instant instant(@Nullable String value) {
        try {
            return Instant.parse(String.valueOf(value));
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }

    private static UUID uuidOrNotFound(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
