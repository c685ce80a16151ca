package org.ketapath.outcomes.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.outcomes.domain.DiaryDay;
import org.ketapath.outcomes.domain.DiaryInput;
import org.ketapath.outcomes.domain.DiaryRefusal;
import org.ketapath.outcomes.domain.DiaryReminders;
import org.ketapath.outcomes.domain.DiaryService;
import org.ketapath.outcomes.domain.QuestionnaireService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The diary pages: today in one tap, the days still open, a month calendar showing missing days, a form per day,
 * and the settings (time zone, daily reminder). Plain forms; nothing needs JavaScript.
 */
@Controller
class DiaryPages {

    static final String DATE = "{date:\\d{4}-\\d{2}-\\d{2}}";

    /** The zones offered on the settings form (any other valid zone already saved is added). */
    static final List<String> ZONES = List.of(
            "America/New_York",
            "America/Chicago",
            "America/Denver",
            "America/Phoenix",
            "America/Los_Angeles",
            "America/Anchorage",
            "Pacific/Honolulu",
            "America/Puerto_Rico");

    private final DiaryService diary;
    private final DiaryReminders reminders;
    private final QuestionnaireService questionnaires;

    DiaryPages(DiaryService diary, DiaryReminders reminders, QuestionnaireService questionnaires) {
        this.diary = diary;
        this.reminders = reminders;
        this.questionnaires = questionnaires;
    }

    @GetMapping("/diary")
    String home(
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") @Nullable YearMonth month,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate saved,
            @RequestParam(required = false) @Nullable String settings,
            Model model) {
        UUID patient = PatientOnly.id();
        LocalDate today = diary.today(patient);
        YearMonth shown = month == null || month.isAfter(YearMonth.from(today)) ? YearMonth.from(today) : month;
        LocalDate from = shown.atDay(1).isBefore(today.minusDays(7)) ? shown.atDay(1) : today.minusDays(7);
        LocalDate to = shown.atEndOfMonth().isAfter(today) ? shown.atEndOfMonth() : today;
        Map<LocalDate, DiaryDay> days = diary.days(patient, from, to);
        model.addAttribute("today", today);
        model.addAttribute("dueQuestionnaires", questionnaires.due(patient));
        model.addAttribute("todayEntry", days.get(today));
        model.addAttribute(
                "open",
                today.minusDays(DiaryService.LOCK_AFTER_DAYS)
                        .datesUntil(today)
                        .filter(d -> !days.containsKey(d))
                        .sorted(java.util.Comparator.reverseOrder())
                        .toList());
        model.addAttribute("month", DiaryMonth.of(shown, days, today));
        model.addAttribute("weekdays", DiaryMonth.weekdays());
        model.addAttribute("saved", saved);
        model.addAttribute("settingsSaved", settings != null);
        addSettings(model, patient, Map.of());
        return "outcomes/diary";
    }

    @PostMapping("/diary/" + DATE + "/headache-free")
    String headacheFree(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
        UUID patient = PatientOnly.id();
        try {
            diary.put(patient, date, DiaryInput.headacheFree());
        } catch (DiaryRefusal refusal) {
            return refused(refusal, date, model);
        }
        return "redirect:/diary?saved=" + date;
    }

    @GetMapping("/diary/" + DATE)
    String day(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
        UUID patient = PatientOnly.id();
        LocalDate today = diary.today(patient);
        if (!DiaryService.editable(date, today)) {
            return refused(
                    date.isAfter(today)
                            ? new DiaryRefusal.InvalidInput("date", "is in the future")
                            : new DiaryRefusal.Locked(),
                    date,
                    model);
        }
        DiaryDay entry = diary.days(patient, date, date).get(date);
        return dayForm(model, date, entry == null ? DiaryForm.empty() : DiaryForm.of(entry), Map.of());
    }

    @PostMapping("/diary/" + DATE)
    String save(
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @Valid @ModelAttribute("form") DiaryForm form,
            BindingResult binding,
            Model model) {
        UUID patient = PatientOnly.id();
        Map<String, String> errors = errors(binding);
        DiaryForm shown = binding.getTarget() instanceof DiaryForm bound ? bound : DiaryForm.empty();
        if (errors.isEmpty()) {
            try {
                diary.put(patient, date, form.toInput());
                return "redirect:/diary?saved=" + date + "&month=" + YearMonth.from(date);
            } catch (DiaryRefusal.InvalidInput invalid) {
                if (invalid.field().equals("date")) {
                    return refused(invalid, date, model);
                }
                errors.put(formField(invalid.field()), message(invalid));
            } catch (DiaryRefusal refusal) {
                return refused(refusal, date, model);
            }
        }
        return dayForm(model, date, shown, errors);
    }

    @PostMapping("/diary/settings")
    String settings(@Valid @ModelAttribute("settings") SettingsForm form, BindingResult binding, Model model) {
        UUID patient = PatientOnly.id();
        Map<String, String> errors = errors(binding);
        if (!errors.isEmpty()) {
            model.addAttribute("settingsErrorsKept", errors);
            return home(null, null, null, model);
        }
        reminders.save(patient, form.timeZone(), form.reminder());
        return "redirect:/diary?settings=saved#settings";
    }

    private void addSettings(Model model, UUID patient, Map<String, String> errors) {
        DiaryReminders.Settings s = reminders.settings(patient);
        List<String> zones = new java.util.ArrayList<>(ZONES);
        if (!zones.contains(s.zone().getId())) {
            zones.add(s.zone().getId());
        }
        model.addAttribute("zones", zones);
        model.addAttribute("zone", s.zone().getId());
        model.addAttribute(
                "reminder", s.reminderTime() == null ? "" : s.reminderTime().toString());
        model.addAttribute("reminderTimes", reminderTimes());
        model.addAttribute("labels", DiaryLabels.LABELS);
        Object kept = model.getAttribute("settingsErrorsKept");
        model.addAttribute("settingsErrors", kept != null ? kept : errors);
    }

    static List<String> reminderTimes() {
        List<String> times = new java.util.ArrayList<>();
        for (LocalTime t = LocalTime.of(6, 0); !t.isAfter(LocalTime.of(23, 0)); t = t.plusMinutes(30)) {
            times.add(t.toString());
        }
        return times;
    }

    private String dayForm(Model model, LocalDate date, DiaryForm form, Map<String, String> errors) {
        model.addAttribute("date", date);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("labels", DiaryLabels.LABELS);
        model.addAttribute("durations", DiaryLabels.durations(form.durationHours()));
        return "outcomes/day";
    }

    /** A day that cannot be entered: a page saying why, with the way back; never a stack trace. */
    private String refused(DiaryRefusal refusal, LocalDate date, Model model) {
        model.addAttribute("date", date);
        model.addAttribute("future", refusal instanceof DiaryRefusal.InvalidInput);
        return "outcomes/day-closed";
    }

    private static Map<String, String> errors(BindingResult binding) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError e : binding.getFieldErrors()) {
            String message = e.isBindingFailure() ? "must be chosen from the list" : e.getDefaultMessage();
            errors.putIfAbsent(e.getField(), message == null ? "is not valid" : message);
        }
        return errors;
    }

    /** The form field of a diary input field (medicines are rows on the form). */
    private static String formField(String field) {
        if (field.startsWith("acuteMedications[")) {
            return "med" + field.charAt("acuteMedications[".length()) + "Name";
        }
        return field;
    }

    private static String message(DiaryRefusal.InvalidInput invalid) {
        return switch (invalid.field()) {
            case "peakPain" -> "Choose how bad the pain was at its worst";
            case "durationHours" -> "Choose how long the headache lasted";
            default -> invalid.getMessage();
        };
    }
}
