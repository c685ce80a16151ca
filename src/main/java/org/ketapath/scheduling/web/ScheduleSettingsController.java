package org.ketapath.scheduling.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
import org.ketapath.platform.web.CurrentAccount;
import org.ketapath.scheduling.ClinicResources;
import org.ketapath.scheduling.ServiceType;
import org.ketapath.scheduling.domain.AppointmentView;
import org.ketapath.scheduling.domain.ScheduleSettingsService;
import org.ketapath.scheduling.domain.ScheduleSettingsService.Invalid;
import org.ketapath.scheduling.domain.ServiceDefinition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clinic's schedule settings for its staff: weekly hours, practitioner shifts, closures and extra hours
 * (entered in the clinic's zone, stored as UTC ranges), service durations and buffers, booking rules and
 * chairs. Clinic admins of that clinic change them; its clinicians see them read-only (and get 403 when they
 * post); anyone else gets the not-found page, as on the calendar. Plain forms; every change is audited.
 */
@Controller
class ScheduleSettingsController {

    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE, MMM d, yyyy, h:mm a", Locale.US);

    private final ScheduleSettingsService settings;
    private final ObjectProvider<ClinicResources> resources;
    private final AuditTrail audit;

    ScheduleSettingsController(
            ScheduleSettingsService settings, ObjectProvider<ClinicResources> resources, AuditTrail audit) {
        this.settings = settings;
        this.resources = resources;
        this.audit = audit;
    }

    @GetMapping("/clinic/{clinicId}/settings")
    String page(@PathVariable String clinicId, Model model) {
        UUID clinic = staffOf(clinicId);
        return render(clinic, model, Map.of(), Map.of());
    }

    @PostMapping("/clinic/{clinicId}/settings/rules")
    String rules(
            @PathVariable String clinicId,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        UUID clinic = adminOf(clinicId, "rules");
        Map<String, String> errors = new LinkedHashMap<>();
        Integer notice = integer(form, "minNotice", errors);
        Integer horizon = integer(form, "horizon", errors);
        Integer cancel = integer(form, "freeCancel", errors);
        Integer nurse = integer(form, "nurseMaxChairs", errors);
        ScheduleSettingsService.ruleErrors(notice, horizon, cancel, nurse).forEach(errors::putIfAbsent);
        return change(clinic, "rules", form, errors, model, response, redirect, "Booking rules saved.", () -> {
            settings.rules(clinic, new ScheduleSettingsService.Rules(notice, horizon, cancel, nurse));
            return List.of();
        });
    }

    @PostMapping("/clinic/{clinicId}/settings/hours")
    String hours(
            @PathVariable String clinicId,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        UUID clinic = adminOf(clinicId, "hours");
        Map<String, String> errors = new LinkedHashMap<>();
        List<ScheduleSettingsService.Hours> hours = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            String opens = form.getOrDefault("opens" + day.getValue(), "").strip();
            String closes = form.getOrDefault("closes" + day.getValue(), "").strip();
            if (opens.isEmpty() && closes.isEmpty()) {
                continue;
            }
            LocalTime o = time(opens, "opens" + day.getValue(), errors);
            LocalTime c = time(closes, "closes" + day.getValue(), errors);
            if (o != null && c != null) {
                hours.add(new ScheduleSettingsService.Hours(day, o, c));
            }
        }
        return change(clinic, "hours", form, errors, model, response, redirect, "Opening hours saved.", () -> {
            settings.hours(clinic, hours);
            return List.of();
        });
    }

    @PostMapping("/clinic/{clinicId}/settings/shifts")
    String addShift(
            @PathVariable String clinicId,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        UUID clinic = adminOf(clinicId, "shifts");
        Map<String, String> errors = new LinkedHashMap<>();
        UUID practitioner = uuid(form.get("shiftPractitioner"));
        if (practitioner == null || practitioners(clinic).stream().noneMatch(p -> p.id().equals(practitioner))) {
            errors.put("shiftPractitioner", "Choose one of the clinic's practitioners.");
        }
        DayOfWeek day = weekday(form.get("shiftDay"), "shiftDay", errors);
        LocalTime starts = time(form.getOrDefault("shiftStarts", ""), "shiftStarts", errors);
        LocalTime ends = time(form.getOrDefault("shiftEnds", ""), "shiftEnds", errors);
        boolean monitors = form.containsKey("shiftMonitors");
        return change(clinic, "shifts", form, errors, model, response, redirect, "Shift added.", () -> {
            settings.addShift(clinic, new ScheduleSettingsService.Shift(practitioner, day, starts, ends, monitors));
            return List.of();
        });
    }

    @PostMapping("/clinic/{clinicId}/settings/shifts/remove")
    String removeShift(
            @PathVariable String clinicId, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        UUID clinic = adminOf(clinicId, "shifts");
        UUID practitioner = uuid(form.get("practitioner"));
        Map<String, String> errors = new HashMap<>();
        DayOfWeek day = weekday(form.get("day"), "day", errors);
        LocalTime starts = time(form.getOrDefault("starts", ""), "starts", errors);
        boolean removed =
                practitioner != null && errors.isEmpty() && settings.removeShift(clinic, practitioner, day, starts);
        if (removed) {
            audited(clinic, "shifts");
        }
        redirect.addFlashAttribute("message", removed ? "Shift removed." : "That shift was not found.");
        return "redirect:/clinic/" + clinic + "/settings#shifts";
    }

    @PostMapping("/clinic/{clinicId}/settings/exceptions")
    String addException(
            @PathVariable String clinicId,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        UUID clinic = adminOf(clinicId, "exceptions");
        ZoneId zone = zone(clinic);
        Map<String, String> errors = new LinkedHashMap<>();
        String kind = form.getOrDefault("exceptionKind", "");
        if (!kind.equals("CLOSED") && !kind.equals("EXTRA_HOURS")) {
            errors.put("exceptionKind", "Choose a closure or extra hours.");
        }
        Instant start = local(form.get("exceptionStart"), zone, "exceptionStart", errors);
        Instant end = local(form.get("exceptionEnd"), zone, "exceptionEnd", errors);
        String note = form.get("exceptionNote");
        String done = kind.equals("CLOSED") ? "Closure added." : "Extra hours added.";
        return change(
                clinic,
                "exceptions",
                form,
                errors,
                model,
                response,
                redirect,
                done,
                () -> settings.addException(clinic, kind, start, end, note));
    }

    @PostMapping("/clinic/{clinicId}/settings/exceptions/{id}/remove")
    String removeException(@PathVariable String clinicId, @PathVariable String id, RedirectAttributes redirect) {
        UUID clinic = adminOf(clinicId, "exceptions");
        UUID exception = uuid(id);
        boolean removed = exception != null && settings.removeException(clinic, exception);
        if (removed) {
            audited(clinic, "exceptions");
        }
        redirect.addFlashAttribute("message", removed ? "Removed." : "That entry was not found.");
        return "redirect:/clinic/" + clinic + "/settings#exceptions";
    }

    @PostMapping("/clinic/{clinicId}/settings/services/{service}")
    String service(
            @PathVariable String clinicId,
            @PathVariable String service,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        UUID clinic = adminOf(clinicId, "services");
        ServiceType type = ServiceType.parse(service);
        if (type == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String p = type.name() + "-";
        Map<String, String> errors = new LinkedHashMap<>();
        Integer pre = integer(form, p + "pre", errors);
        Integer main = integer(form, p + "main", errors);
        Integer post = integer(form, p + "post", errors);
        Integer before = integer(form, p + "bufferBefore", errors);
        Integer after = integer(form, p + "bufferAfter", errors);
        if (errors.isEmpty()) {
            ServiceDefinition d = new ServiceDefinition(type, pre, main, post, before, after);
            ScheduleSettingsService.serviceErrors(d).forEach((k, v) -> errors.put(p + k, v));
        }
        return change(clinic, "services", form, errors, model, response, redirect, "Service saved.", () -> {
            settings.service(clinic, new ServiceDefinition(type, pre, main, post, before, after));
            return List.of();
        });
    }

    @PostMapping("/clinic/{clinicId}/settings/chairs")
    String addChair(
            @PathVariable String clinicId,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        UUID clinic = adminOf(clinicId, "chairs");
        Map<String, String> errors = new LinkedHashMap<>();
        UUID location = uuid(form.get("newChairLocation"));
        if (location == null || locations(clinic).stream().noneMatch(l -> l.id().equals(location))) {
            errors.put("newChairLocation", "Choose one of the clinic's locations.");
        }
        return change(clinic, "chairs", form, errors, model, response, redirect, "Chair added.", () -> {
            settings.addChair(clinic, location, form.get("newChairLabel"));
            return List.of();
        });
    }

    @PostMapping("/clinic/{clinicId}/settings/chairs/{id}")
    String renameChair(
            @PathVariable String clinicId,
            @PathVariable String id,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        UUID clinic = adminOf(clinicId, "chairs");
        UUID chair = uuid(id);
        if (chair == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return change(
                clinic, "chairs", form, new LinkedHashMap<>(), model, response, redirect, "Chair renamed.", () -> {
                    settings.renameChair(clinic, chair, form.get("chairLabel-" + chair));
                    return List.of();
                });
    }

    @PostMapping("/clinic/{clinicId}/settings/chairs/{id}/remove")
    String removeChair(@PathVariable String clinicId, @PathVariable String id, RedirectAttributes redirect) {
        UUID clinic = adminOf(clinicId, "chairs");
        UUID chair = uuid(id);
        if (chair == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        List<AppointmentView> booked = settings.removeChair(clinic, chair);
        if (booked.isEmpty()) {
            audited(clinic, "chairs");
            redirect.addFlashAttribute("message", "Chair removed.");
        } else {
            redirect.addFlashAttribute(
                    "message", "This chair was not removed: visits are booked in it. Move or cancel them first.");
            shown(clinic, booked);
            redirect.addFlashAttribute("affected", ScheduleSettingsService.describe(booked, zone(clinic)));
        }
        return "redirect:/clinic/" + clinic + "/settings#chairs";
    }

    /** A change: with errors the page again (400) with the values sent; else the change, audited, and back. */
    private String change(
            UUID clinic,
            String part,
            Map<String, String> form,
            Map<String, String> errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String done,
            java.util.function.Supplier<List<AppointmentView>> action) {
        if (errors.isEmpty()) {
            try {
                List<AppointmentView> affected = action.get();
                audited(clinic, part);
                redirect.addFlashAttribute("message", done);
                if (!affected.isEmpty()) {
                    shown(clinic, affected);
                    redirect.addFlashAttribute("affected", ScheduleSettingsService.describe(affected, zone(clinic)));
                }
                return "redirect:/clinic/" + clinic + "/settings#" + part;
            } catch (Invalid e) {
                errors.putAll(e.errors());
            } catch (DataIntegrityViolationException e) {
                errors.put(part, "These values are not allowed; please check them.");
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return render(clinic, model, form, errors);
    }

    /** The visits a warning lists are shown to staff: each is a read of that patient's appointment. */
    private void shown(UUID clinic, List<AppointmentView> visits) {
        for (AppointmentView a : visits) {
            audit.record(AuditEvent.success("READ", "Appointment", a.id().toString(), a.patientId())
                    .forClinic(clinic));
        }
    }

    private void audited(UUID clinic, String part) {
        audit.record(new AuditEvent(
                "UPDATE", "ScheduleSettings", clinic + ":" + part, null, clinic, AuditEvent.Outcome.SUCCESS));
    }

    private String render(UUID clinic, Model model, Map<String, String> sent, Map<String, String> errors) {
        ScheduleSettingsService.Current current =
                settings.current(clinic).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ZoneId zone = current.zone();
        Map<String, String> values = new HashMap<>();
        values.put("minNotice", String.valueOf(current.rules().minNoticeMinutes()));
        values.put("horizon", String.valueOf(current.rules().horizonDays()));
        values.put("freeCancel", String.valueOf(current.rules().freeCancelHours()));
        values.put("nurseMaxChairs", String.valueOf(current.rules().nurseMaxChairs()));
        for (ScheduleSettingsService.Hours h : current.hours()) {
            values.putIfAbsent("opens" + h.day().getValue(), h.opens().toString());
            values.putIfAbsent("closes" + h.day().getValue(), h.closes().toString());
        }
        for (ServiceType type : ServiceType.values()) {
            ServiceDefinition d = current.services().get(type);
            String p = type.name() + "-";
            values.put(p + "pre", d == null ? "" : String.valueOf(d.pre()));
            values.put(p + "main", d == null ? "" : String.valueOf(d.main()));
            values.put(p + "post", d == null ? "" : String.valueOf(d.post()));
            values.put(p + "bufferBefore", d == null ? "" : String.valueOf(d.bufferBefore()));
            values.put(p + "bufferAfter", d == null ? "" : String.valueOf(d.bufferAfter()));
        }
        for (ScheduleSettingsService.Chair c : current.chairs()) {
            values.put("chairLabel-" + c.id(), c.label());
        }
        values.put("exceptionKind", "CLOSED");
        values.putAll(sent);
        values.remove("_csrf");

        Map<UUID, String> names = new HashMap<>();
        List<ClinicResources.Person> people = practitioners(clinic);
        people.forEach(p -> names.put(p.id(), p.name()));
        Map<UUID, String> places = new HashMap<>();
        List<ClinicResources.Place> locations = locations(clinic);
        locations.forEach(l -> places.put(l.id(), l.label()));

        List<Map<String, Object>> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            days.add(Map.of("value", day.getValue(), "name", day.getDisplayName(TextStyle.FULL, Locale.US)));
        }
        List<Map<String, Object>> shifts = new ArrayList<>();
        for (ScheduleSettingsService.Shift s : current.shifts()) {
            shifts.add(Map.of(
                    "practitioner", s.practitionerId(),
                    "name",
                            names.getOrDefault(
                                    s.practitionerId(),
                                    "Practitioner "
                                            + s.practitionerId().toString().substring(0, 8)),
                    "day", s.day().getValue(),
                    "dayName", s.day().getDisplayName(TextStyle.FULL, Locale.US),
                    "starts", s.starts().toString(),
                    "ends", s.ends().toString(),
                    "monitors", s.monitorsChairs()));
        }
        List<Map<String, Object>> exceptions = new ArrayList<>();
        for (ScheduleSettingsService.OneOff e : current.exceptions()) {
            exceptions.add(Map.of(
                    "id", e.id(),
                    "kind", e.kind().equals("CLOSED") ? "Closed" : "Extra hours",
                    "from", SHOWN.format(e.start().atZone(zone)),
                    "to", SHOWN.format(e.end().atZone(zone)),
                    "note", e.note() == null ? "" : e.note()));
        }
        List<Map<String, Object>> chairs = new ArrayList<>();
        for (ScheduleSettingsService.Chair c : current.chairs()) {
            chairs.add(Map.of(
                    "id", c.id(),
                    "label", c.label(),
                    "location",
                            places.getOrDefault(
                                    c.locationId(),
                                    "Location " + c.locationId().toString().substring(0, 8))));
        }
        model.addAttribute("clinicId", clinic);
        model.addAttribute("zone", zone.getId());
        model.addAttribute("admin", isAdmin());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("days", days);
        List<Map<String, Object>> services = new ArrayList<>();
        for (ServiceType type : ServiceType.values()) {
            services.add(Map.of(
                    "name",
                    type.name(),
                    "label",
                    type.label() + (current.services().containsKey(type) ? "" : " (not offered yet)"),
                    "main",
                    type == ServiceType.IV_INFUSION
                            ? "Infusion (minutes)"
                            : type == ServiceType.FREE_CONSULT ? "Consultation (minutes)" : "Visit (minutes)",
                    "save",
                    "Save " + type.label()));
        }
        model.addAttribute("services", services);
        model.addAttribute("practitioners", people);
        model.addAttribute("locations", locations);
        model.addAttribute("shifts", shifts);
        model.addAttribute("exceptions", exceptions);
        model.addAttribute("chairs", chairs);
        return "scheduling/settings";
    }

    private List<ClinicResources.Person> practitioners(UUID clinic) {
        ClinicResources r = resources.getIfAvailable();
        return r == null ? List.of() : r.practitioners(clinic);
    }

    private List<ClinicResources.Place> locations(UUID clinic) {
        ClinicResources r = resources.getIfAvailable();
        return r == null ? List.of() : r.locations(clinic);
    }

    private ZoneId zone(UUID clinic) {
        return settings.current(clinic)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND))
                .zone();
    }

    private static boolean isAdmin() {
        return CurrentAccount.get().map(a -> a.hasRole("CLINIC_ADMIN")).orElse(false);
    }

    /** Staff of the clinic, or not found (as on the calendar). */
    private static UUID staffOf(String clinicId) {
        UUID clinic = uuid(clinicId);
        if (clinic == null || !CurrentAccount.get().map(a -> a.worksFor(clinic)).orElse(false)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return clinic;
    }

    /** A clinic admin of the clinic; its other staff get 403 (recorded as denied), anyone else not found. */
    private UUID adminOf(String clinicId, String part) {
        UUID clinic = staffOf(clinicId);
        if (!isAdmin()) {
            audit.record(new AuditEvent(
                    "UPDATE", "ScheduleSettings", clinic + ":" + part, null, clinic, AuditEvent.Outcome.DENIED));
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return clinic;
    }

    private static @Nullable UUID uuid(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable Integer integer(Map<String, String> form, String field, Map<String, String> errors) {
        String value = form.getOrDefault(field, "").strip();
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            errors.put(field, "Enter a whole number.");
            return null;
        }
    }

    private static @Nullable LocalTime time(String value, String field, Map<String, String> errors) {
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "Enter a time as hours and minutes, e.g. 09:00.");
            return null;
        }
    }

    private static @Nullable DayOfWeek weekday(@Nullable String value, String field, Map<String, String> errors) {
        try {
            return DayOfWeek.of(Integer.parseInt(value == null ? "" : value.strip()));
        } catch (RuntimeException e) {
            errors.put(field, "Choose a day of the week.");
            return null;
        }
    }

    /** A local date and time in the clinic's zone as an instant (a time in a DST gap moves forward). */
    private static @Nullable Instant local(
            @Nullable String value, ZoneId zone, String field, Map<String, String> errors) {
        try {
            LocalDateTime time = LocalDateTime.parse(value == null ? "" : value.strip());
            if (time.getYear() < ApiInput.MIN_YEAR || time.getYear() > ApiInput.MAX_YEAR) {
                errors.put(field, "Enter a date between " + ApiInput.MIN_YEAR + " and " + ApiInput.MAX_YEAR + ".");
                return null;
            }
            return time.atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            errors.put(field, "Enter a date and time, e.g. 2026-12-24T09:00.");
            return null;
        }
    }
}
