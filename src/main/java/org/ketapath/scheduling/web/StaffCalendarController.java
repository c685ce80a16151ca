package org.ketapath.scheduling.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
import org.ketapath.platform.web.CurrentAccount;
import org.ketapath.scheduling.ClinicResources;
import org.ketapath.scheduling.PatientNames;
import org.ketapath.scheduling.domain.AppointmentView;
import org.ketapath.scheduling.domain.CalendarFeeds;
import org.ketapath.scheduling.domain.ScheduleSettingsService;
import org.ketapath.scheduling.domain.StaffOperations;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clinic's day for its staff: practitioners and chairs as columns, the day's visits with their phases and
 * plain form buttons (check in, start, complete, no-show), blocking time and private calendar feeds. Only staff
 * of that clinic; anyone else gets the not-found page.
 */
@Controller
class StaffCalendarController {

    /** The longest time staff block in one go: a week. */
    static final int MAX_BLOCK_MINUTES = 7 * 24 * 60;

    private final StaffOperations staff;
    private final CalendarFeeds feeds;
    private final AuditTrail audit;
    private final ScheduleSettingsService settings;
    private final ClinicResources resources;
    private final PatientNames patientNames;

    StaffCalendarController(
            StaffOperations staff,
            CalendarFeeds feeds,
            AuditTrail audit,
            ScheduleSettingsService settings,
            ClinicResources resources,
            PatientNames patientNames) {
        this.staff = staff;
        this.feeds = feeds;
        this.audit = audit;
        this.settings = settings;
        this.resources = resources;
        this.patientNames = patientNames;
    }

    /** Chairs, practitioners and the patients of these days by name. */
    private CalendarGrid.Names names(UUID clinic, java.util.List<StaffOperations.Day> days) {
        java.util.Map<UUID, String> chairLabels = new java.util.HashMap<>();
        settings.current(clinic)
                .ifPresent(c -> c.chairs().forEach(chair -> chairLabels.put(chair.id(), chair.label())));
        java.util.Map<UUID, String> practitioners = new java.util.HashMap<>();
        resources.practitioners(clinic).forEach(p -> practitioners.put(p.id(), p.name()));
        java.util.Set<UUID> patients = new java.util.HashSet<>();
        days.forEach(d -> d.appointments().forEach(a -> patients.add(a.patientId())));
        return new CalendarGrid.Names(chairLabels, practitioners, patientNames.namesOf(patients));
    }

    @GetMapping("/clinic/{clinicId}/calendar")
    String day(
            @PathVariable String clinicId,
            @RequestParam(required = false) @Nullable String date,
            @RequestParam(required = false) @Nullable String view,
            Model model) {
        UUID clinic = staffOf(clinicId);
        LocalDate day = parseDate(date, staff.today(clinic));
        StaffOperations.Day today = staff.day(clinic, day);
        if (today == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        audit.record(
                new AuditEvent("READ", "Appointment", "calendar:" + day, null, clinic, AuditEvent.Outcome.SUCCESS));
        model.addAttribute("clinicId", clinic);
        model.addAttribute("day", today);
        model.addAttribute("zoneName", zoneName(today.zone()));
        model.addAttribute("isToday", day.equals(today.today()));
        model.addAttribute(
                "dayHeading",
                java.time.format.DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", java.util.Locale.US)
                        .format(day));
        if ("week".equals(view)) {
            LocalDate monday = day.minusDays(day.getDayOfWeek().getValue() - 1L);
            java.util.List<StaffOperations.Day> days = new java.util.ArrayList<>();
            for (int i = 0; i < 7; i++) {
                StaffOperations.Day d = staff.day(clinic, monday.plusDays(i));
                if (d != null) {
                    days.add(d);
                }
            }
            model.addAttribute("week", CalendarGrid.week(days, names(clinic, days)));
            model.addAttribute(
                    "weekHeading",
                    java.time.format.DateTimeFormatter.ofPattern("MMMM d, yyyy", java.util.Locale.US)
                            .format(monday));
            model.addAttribute("previous", monday.minusDays(7));
            model.addAttribute("next", monday.plusDays(7));
            return "scheduling/week";
        }
        model.addAttribute("grid", CalendarGrid.of(today, names(clinic, java.util.List.of(today))));
        model.addAttribute("previous", day.minusDays(1));
        model.addAttribute("next", day.plusDays(1));
        return "scheduling/calendar";
    }

    private static String zoneName(java.time.ZoneId zone) {
        return zone.getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, java.util.Locale.US);
    }

    @PostMapping("/clinic/{clinicId}/appointments/{id}/{action}")
    String act(
            @PathVariable String clinicId,
            @PathVariable String id,
            @PathVariable String action,
            @RequestParam(required = false) @Nullable String date,
            RedirectAttributes redirect) {
        UUID clinic = staffOf(clinicId);
        String command = switch (action) {
            case "check-in" -> "CHECK_IN";
            case "start" -> "START";
            case "complete" -> "COMPLETE";
            case "no-show" -> "NO_SHOW";
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
        UUID appointmentId;
        try {
            appointmentId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        try {
            AppointmentView a = staff.act(clinic, appointmentId, command);
            audit.record(AuditEvent.success("UPDATE", "Appointment", a.id().toString(), a.patientId())
                    .forClinic(clinic));
            redirect.addFlashAttribute(
                    "message",
                    "Visit marked "
                            + org.ketapath.scheduling.ClinicVisits.statusInWords(String.valueOf(a.status()))
                                    .toLowerCase(java.util.Locale.US)
                            + ".");
        } catch (ErrorResponseException e) {
            if (e.getStatusCode().value() == 404) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            redirect.addFlashAttribute("message", "That visit cannot be marked that way now.");
        }
        return "redirect:/clinic/" + clinic + "/calendar"
                + (date == null ? "" : "?date=" + parseDate(date, staff.today(clinic)));
    }

    @PostMapping("/clinic/{clinicId}/blocks")
    String block(
            @PathVariable String clinicId,
            @RequestParam String resource,
            @RequestParam String start,
            @RequestParam int minutes,
            RedirectAttributes redirect) {
        UUID clinic = staffOf(clinicId);
        StaffOperations.Day today = staff.day(clinic, staff.today(clinic));
        boolean done = false;
        LocalDateTime local = null;
        try {
            LocalDateTime parsed = LocalDateTime.parse(start);
            if (parsed.getYear() < ApiInput.MIN_YEAR || parsed.getYear() > ApiInput.MAX_YEAR) {
                throw new IllegalArgumentException("not a date the calendar shows");
            }
            local = parsed;
            if (minutes < 1 || minutes > MAX_BLOCK_MINUTES) {
                throw new IllegalArgumentException("not a length of time to block");
            }
            done = today != null
                    && staff.block(
                            clinic,
                            UUID.fromString(resource),
                            local.atZone(today.zone()).toInstant(),
                            Duration.ofMinutes(minutes));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            done = false;
        }
        redirect.addFlashAttribute(
                "message", done ? "Time blocked." : "That time could not be blocked (already booked, or not valid).");
        return "redirect:/clinic/" + clinic + "/calendar" + (local == null ? "" : "?date=" + local.toLocalDate());
    }

    @PostMapping("/clinic/{clinicId}/feeds")
    String createFeed(@PathVariable String clinicId, RedirectAttributes redirect) {
        UUID clinic = staffOf(clinicId);
        CurrentAccount me = CurrentAccount.get().orElseThrow();
        String token = feeds.create(clinic, me.id());
        redirect.addFlashAttribute("feedUrl", "/calendar/feeds/" + token + ".ics");
        return "redirect:/clinic/" + clinic + "/calendar";
    }

    @PostMapping("/clinic/{clinicId}/feeds/revoke")
    String revokeFeeds(@PathVariable String clinicId, RedirectAttributes redirect) {
        UUID clinic = staffOf(clinicId);
        CurrentAccount me = CurrentAccount.get().orElseThrow();
        int revoked = feeds.revoke(clinic, me.id());
        redirect.addFlashAttribute("message", revoked + " calendar feed link(s) revoked.");
        return "redirect:/clinic/" + clinic + "/calendar";
    }

    private static UUID staffOf(String clinicId) {
        UUID clinic;
        try {
            clinic = UUID.fromString(clinicId);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        boolean staff = CurrentAccount.get().map(a -> a.worksFor(clinic)).orElse(false);
        if (!staff) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return clinic;
    }

    /** The day asked for: a date the calendar can show (years as in the API), else 400; none is today. */
    private static LocalDate parseDate(@Nullable String date, LocalDate today) {
        if (date == null || date.isBlank()) {
            return today;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (day.getYear() < ApiInput.MIN_YEAR || day.getYear() > ApiInput.MAX_YEAR) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return day;
    }
}
