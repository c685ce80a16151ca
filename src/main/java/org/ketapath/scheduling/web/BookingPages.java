package org.ketapath.scheduling.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
import org.ketapath.platform.web.CurrentAccount;
import org.ketapath.scheduling.Availability;
import org.ketapath.scheduling.ClinicNames;
import org.ketapath.scheduling.IntakeDecisions;
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
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The patient's booking pages: free-consultation slots of a provider (plain forms, no JavaScript needed), a
 * slot held while a visitor signs up and verifies the e-mail address, the booked appointment with its calendar
 * file, and the patient's appointments.
 *
 * <p>A person who comes from an assessment result carries its id ({@code assessment}) to the booking, which
 * shares the result with the clinic (consent, audited) if, and only if, it is theirs. Phone and video visits
 * show their time in the clinic's zone and in the patient's ({@code tz}, filled in by {@code /js/timezone.js}
 * or chosen from a list without JavaScript, remembered in the session). A time taken by someone else between
 * listing and booking, or a hold that has run out, gives a page with the day's other times, not an error.
 */
@Controller
class BookingPages {

    static final int DAYS = 14;
    private static final String HOLD_PREFIX = "scheduling.hold.";
    private static final String ZONE_KEY = "scheduling.patientZone";
    private static final String TYPE = "Appointment";
    private static final Pattern ASSESSMENT = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter FULL =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);

    /** The zones offered without JavaScript: the US zones, east to west. */
    static final Map<String, String> US_ZONES = usZones();

    private final SchedulingApi scheduling;
    private final BookingService booking;
    private final AppointmentQueries queries;
    private final CalendarFiles calendars;
    private final AuditTrail audit;
    private final PatientBookings bookings;
    private final ObjectProvider<ClinicNames> names;
    private final Clock clock;

    private final IntakeDecisions decisions;

    BookingPages(
            SchedulingApi scheduling,
            BookingService booking,
            AppointmentQueries queries,
            CalendarFiles calendars,
            AuditTrail audit,
            PatientBookings bookings,
            ObjectProvider<ClinicNames> names,
            ObjectProvider<Clock> clock,
            IntakeDecisions decisions) {
        this.decisions = decisions;
        this.scheduling = scheduling;
        this.booking = booking;
        this.queries = queries;
        this.calendars = calendars;
        this.audit = audit;
        this.bookings = bookings;
        this.names = names;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** One bookable start time as shown: its time, the patient's time (or null) and its accessible label. */
    record SlotChoice(String start, String time, @Nullable String yours, String label) {}

    /** The slots of one day in the clinic's zone. */
    record Day(String heading, List<SlotChoice> slots) {}

    /** An appointment as the patient sees it; {@code yours} is the time in the patient's zone, or null. */
    record Shown(
            String id,
            String clinic,
            String when,
            String zone,
            @Nullable String yours,
            @Nullable String yourZone,
            String status) {}

    @GetMapping("/providers/{id}/book")
    String slots(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String assessment,
            @RequestParam(required = false) @Nullable String tz,
            HttpSession session,
            Model model) {
        UUID clinicId = uuidOrNotFound(id);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Availability availability = scheduling
                .availability(clinicId, ServiceType.FREE_CONSULT, today.minusDays(1), today.plusDays(DAYS))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!availability.onlineBooking()) {
            return "redirect:/providers/" + clinicId; // its page gives the phone and website to book
        }
        ZoneId yours = patientZone(tz, session, model);
        slotModel(model, clinicId, availability.zone(), yours, assessmentOrNull(assessment));
        model.addAttribute("days", days(availability.slots(), availability.zone(), yours));
        return "scheduling/book";
    }

    @PostMapping("/providers/{id}/book")
    String book(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String start,
            @RequestParam(required = false) @Nullable String key,
            @RequestParam(required = false) @Nullable String assessment,
            @RequestParam(required = false) @Nullable String tz,
            HttpSession session,
            HttpServletResponse response,
            Model model) {
        UUID clinicId = uuidOrNotFound(id);
        Instant startsAt = instant(start);
        String carried = assessmentOrNull(assessment);
        ZoneId yours = patientZone(tz, session, model);
        Optional<CurrentAccount> account = CurrentAccount.get();
        try {
            if (account.isPresent() && account.get().emailVerified()) {
                String idempotencyKey =
                        !PatientBookings.usableKey(key) ? UUID.randomUUID().toString() : key;
                AppointmentView a = book(account.get(), clinicId, startsAt, null, carried, idempotencyKey);
                return "redirect:/appointments/" + a.id();
            }
            BookingService.Hold hold = booking.hold(clinicId, ServiceType.FREE_CONSULT, startsAt);
            session.setAttribute(
                    HOLD_PREFIX + hold.id(), clinicId + "|" + startsAt + "|" + (carried == null ? "" : carried));
            String confirm = "/appointments/hold/" + hold.id() + "/confirm";
            if (account.isPresent()) {
                return "redirect:" + confirm;
            }
            // The sign-up attaches the anonymous result to the new account, so it can be shared at the booking.
            return "redirect:/register?next=" + confirm + (carried == null ? "" : "&assessment=" + carried);
        } catch (ErrorResponseException problem) {
            return notBookable(problem, "taken", clinicId, startsAt, yours, carried, response, model);
        }
    }

    /**
     * The held time. Whoever holds it in this browser sees it, signed in or not: right after signing up nobody is
     * signed in yet (the page must look the same whether the address was new or already had an account), and
     * the verification link signs the new account in and comes back here.
     */
    @GetMapping("/appointments/hold/{holdId}/confirm")
    String hold(@PathVariable String holdId, HttpSession session, HttpServletResponse response, Model model) {
        CurrentAccount account = CurrentAccount.get().orElse(null);
        Held held = held(holdId, session);
        ZoneId yours = patientZone(null, session, model);
        ZoneId zone = zoneOf(held.clinicId());
        boolean live = booking.holdIsLive(held.id());
        if (!live && !stillFree(held.clinicId(), held.start(), zone)) {
            return notBookable(
                    null, "expired", held.clinicId(), held.start(), yours, held.assessment(), response, model);
        }
        model.addAttribute("holdId", held.id());
        model.addAttribute("clinic", clinicName(held.clinicId()));
        model.addAttribute("clinicId", held.clinicId());
        model.addAttribute("verified", account != null && account.emailVerified());
        model.addAttribute("anonymous", account == null);
        model.addAttribute("live", live);
        model.addAttribute("key", UUID.randomUUID().toString());
        model.addAttribute("sharing", held.assessment() != null);
        model.addAttribute("when", FULL.format(held.start().atZone(zone)));
        model.addAttribute("zone", zone.getId());
        model.addAttribute(
                "yours", yours == null ? null : FULL.format(held.start().atZone(yours)));
        model.addAttribute("start", held.start().toString());
        return "scheduling/hold";
    }

    @PostMapping("/appointments/hold/{holdId}/confirm")
    String confirm(
            @PathVariable String holdId,
            @RequestParam(required = false) @Nullable String key,
            @RequestParam(required = false) @Nullable String share,
            HttpSession session,
            HttpServletResponse response,
            Model model) {
        Optional<CurrentAccount> signedIn = CurrentAccount.get();
        Held held = held(holdId, session);
        if (signedIn.isEmpty()) {
            return "redirect:/sign-in?next=/appointments/hold/" + held.id() + "/confirm";
        }
        CurrentAccount account = signedIn.get();
        if (!account.emailVerified()) {
            return "redirect:/appointments/hold/" + held.id() + "/confirm";
        }
        String idempotencyKey = !PatientBookings.usableKey(key) ? held.id().toString() : key;
        boolean live = booking.holdIsLive(held.id());
        try {
            AppointmentView a = book(
                    account,
                    held.clinicId(),
                    held.start(),
                    held.id(),
                    "yes".equals(share) ? held.assessment() : null,
                    idempotencyKey);
            session.removeAttribute(HOLD_PREFIX + held.id());
            return "redirect:/appointments/" + a.id();
        } catch (ErrorResponseException problem) {
            ZoneId yours = patientZone(null, session, model);
            return notBookable(
                    problem,
                    live ? "taken" : "expired",
                    held.clinicId(),
                    held.start(),
                    yours,
                    held.assessment(),
                    response,
                    model);
        }
    }

    @GetMapping("/appointments/{id}")
    String appointment(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String tz,
            HttpSession session,
            Model model) {
        AppointmentView a = own(id);
        model.addAttribute("appointment", shown(a, patientZone(tz, session, model)));
        UUID shared = a.assessmentId();
        if (shared != null) {
            decisions.forPatient(a.clinicId(), a.patientId(), shared).ifPresent(d -> model.addAttribute("review", d));
        }
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
    String mine(@RequestParam(required = false) @Nullable String tz, HttpSession session, Model model) {
        CurrentAccount account = signedIn();
        ZoneId yours = patientZone(tz, session, model);
        List<AppointmentView> list = queries.ofPatient(account.id());
        audit.record(AuditEvent.success("READ", TYPE, null, account.id()));
        model.addAttribute(
                "appointments", list.stream().map(a -> shown(a, yours)).toList());
        return "scheduling/appointments";
    }

    /**
     * The page for a time that cannot be booked any more (taken by someone else, or a hold that ran out and
     * was taken): the day's remaining times, answered with 409. Other refusals stay errors.
     */
    private String notBookable(
            @Nullable ErrorResponseException problem,
            String reason,
            UUID clinicId,
            Instant start,
            @Nullable ZoneId yours,
            @Nullable String carried,
            HttpServletResponse response,
            Model model) {
        if (problem != null && !gone(problem)) {
            throw problem;
        }
        Availability availability = scheduling
                .availability(
                        clinicId,
                        ServiceType.FREE_CONSULT,
                        LocalDate.ofInstant(start, ZoneOffset.UTC).minusDays(1),
                        LocalDate.ofInstant(start, ZoneOffset.UTC).plusDays(1))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ZoneId zone = availability.zone();
        LocalDate day = start.atZone(zone).toLocalDate();
        List<Slot> sameDay = availability.slots().stream()
                .filter(s -> s.start().atZone(zone).toLocalDate().equals(day))
                .toList();
        slotModel(model, clinicId, zone, yours, carried);
        model.addAttribute("reason", reason);
        model.addAttribute("wanted", FULL.format(start.atZone(zone)));
        model.addAttribute("dayName", DAY.format(day));
        model.addAttribute("days", days(sameDay, zone, yours));
        response.setStatus(HttpStatus.CONFLICT.value());
        return "scheduling/taken";
    }

    /** Whether the refusal says the time is not free (any more) or not offered (e.g. it has passed). */
    private static boolean gone(ErrorResponseException problem) {
        String type = String.valueOf(problem.getBody().getType());
        return type.endsWith("/slot-taken") || type.endsWith("/not-offered");
    }

    private void slotModel(Model model, UUID clinicId, ZoneId zone, @Nullable ZoneId yours, @Nullable String carried) {
        model.addAttribute("clinicId", clinicId);
        model.addAttribute("clinic", clinicName(clinicId));
        model.addAttribute("zone", zone.getId());
        model.addAttribute("yourZone", yours == null || yours.equals(zone) ? null : yours.getId());
        model.addAttribute("chosenZone", yours == null ? "" : yours.getId());
        model.addAttribute("usZones", US_ZONES);
        model.addAttribute("assessment", carried);
        model.addAttribute("key", UUID.randomUUID().toString());
    }

    private static List<Day> days(List<Slot> slots, ZoneId zone, @Nullable ZoneId yours) {
        boolean both = yours != null && !yours.equals(zone);
        Map<LocalDate, List<SlotChoice>> byDay = new LinkedHashMap<>();
        for (Slot slot : slots) {
            ZonedDateTime local = slot.start().atZone(zone);
            String time = TIME.format(local);
            String mine = both ? yourTime(local, yours) : null;
            String label = "Book " + DAY.format(local) + ", " + time + (mine == null ? "" : " (" + mine + ")");
            byDay.computeIfAbsent(local.toLocalDate(), d -> new ArrayList<>())
                    .add(new SlotChoice(slot.start().toString(), time, mine, label));
        }
        List<Day> days = new ArrayList<>();
        byDay.forEach((date, choices) -> days.add(new Day(DAY.format(date), choices)));
        return days;
    }

    /** "06:00 your time", with the weekday when the patient's date differs from the clinic's. */
    private static String yourTime(ZonedDateTime clinicTime, ZoneId yours) {
        ZonedDateTime mine = clinicTime.withZoneSameInstant(yours);
        boolean otherDay = !mine.toLocalDate().equals(clinicTime.toLocalDate());
        return (otherDay ? DAY_TIME.format(mine) : TIME.format(mine)) + " your time";
    }

    private AppointmentView book(
            CurrentAccount account,
            UUID clinicId,
            Instant start,
            @Nullable UUID holdId,
            @Nullable String carried,
            String key) {
        // Another account's result or an unknown id is simply not shared, and the page looks the same.
        UUID shared = carried == null
                ? null
                : bookings.assessmentReference(carried, account.id()).orElse(null);
        BookingService.BookingRequest request =
                new BookingService.BookingRequest(clinicId, ServiceType.FREE_CONSULT, start, shared, holdId);
        return bookings.book(account.id(), request, key).appointment();
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

    private Shown shown(AppointmentView a, @Nullable ZoneId yours) {
        boolean both = yours != null && !yours.equals(a.zone()) && remote(a.service());
        return new Shown(
                a.id().toString(),
                clinicName(a.clinicId()),
                FULL.format(a.start().atZone(a.zone())),
                a.zone().getId(),
                both ? FULL.format(a.start().atZone(yours)) : null,
                both ? yours.getId() : null,
                a.status().equals("BOOKED") ? "Booked" : "Cancelled");
    }

    /** Visits the patient joins from where they are (phone, video, at home); the others happen at the clinic. */
    private static boolean remote(ServiceType service) {
        return service == ServiceType.FREE_CONSULT || service == ServiceType.AT_HOME_SESSION;
    }

    /**
     * The patient's zone: a valid {@code tz} given now (remembered in the session), else the one remembered.
     * A value that is no time zone is ignored, and the page says so.
     */
    private static @Nullable ZoneId patientZone(@Nullable String tz, HttpSession session, Model model) {
        if (tz != null && !tz.isBlank()) {
            ZoneId given = zone(tz);
            if (given != null) {
                session.setAttribute(ZONE_KEY, given.getId());
                return given;
            }
            model.addAttribute("zoneIgnored", true);
        }
        return session.getAttribute(ZONE_KEY) instanceof String kept ? zone(kept) : null;
    }

    private static @Nullable ZoneId zone(String id) {
        if (id.length() > 64 || !id.matches("[A-Za-z][A-Za-z0-9_+/-]*")) {
            return null;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static @Nullable String assessmentOrNull(@Nullable String assessment) {
        return assessment != null && ASSESSMENT.matcher(assessment).matches() ? assessment : null;
    }

    private ZoneId zoneOf(UUID clinicId) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return scheduling
                .availability(clinicId, ServiceType.FREE_CONSULT, today, today)
                .map(Availability::zone)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Whether the start is still among the clinic's free consultation times. */
    private boolean stillFree(UUID clinicId, Instant start, ZoneId zone) {
        LocalDate day = start.atZone(zone).toLocalDate();
        return scheduling
                .availability(clinicId, ServiceType.FREE_CONSULT, day, day)
                .map(a -> a.slots().stream().anyMatch(s -> s.start().equals(start)))
                .orElse(false);
    }

    private record Held(
            UUID id, UUID clinicId, Instant start, @Nullable String assessment) {}

    private static Held held(String holdId, HttpSession session) {
        UUID id = uuidOrNotFound(holdId);
        if (!(session.getAttribute(HOLD_PREFIX + id) instanceof String value) || value.indexOf('|') < 0) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String[] parts = value.split("\\|", 3);
        return new Held(
                id,
                UUID.fromString(parts[0]),
                Instant.parse(parts[1]),
                parts.length > 2 ? assessmentOrNull(parts[2]) : null);
    }

    private String clinicName(UUID clinicId) {
        ClinicNames provider = names.getIfAvailable();
        return provider == null ? "the clinic" : provider.nameOf(clinicId).orElse("the clinic");
    }

    private static CurrentAccount signedIn() {
        return CurrentAccount.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }

    private static Instant instant(@Nullable String value) {
        Instant instant;
        try {
            instant = Instant.parse(String.valueOf(value));
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        int year = instant.atOffset(ZoneOffset.UTC).getYear();
        if (year < ApiInput.MIN_YEAR || year > ApiInput.MAX_YEAR) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return instant;
    }

    private static UUID uuidOrNotFound(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static Map<String, String> usZones() {
        Map<String, String> zones = new LinkedHashMap<>();
        zones.put("America/New_York", "Eastern (New York)");
        zones.put("America/Chicago", "Central (Chicago)");
        zones.put("America/Denver", "Mountain (Denver)");
        zones.put("America/Phoenix", "Arizona (Phoenix)");
        zones.put("America/Los_Angeles", "Pacific (Los Angeles)");
        zones.put("America/Anchorage", "Alaska (Anchorage)");
        zones.put("Pacific/Honolulu", "Hawaii (Honolulu)");
        zones.put("America/Puerto_Rico", "Atlantic (Puerto Rico)");
        return java.util.Collections.unmodifiableMap(zones);
    }
}
