package org.ketapath.outcomes.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.outcomes.OutcomeWindow;
import org.ketapath.outcomes.PatientOutcomes;
import org.ketapath.outcomes.domain.DiaryDay;
import org.ketapath.outcomes.domain.DiaryService;
import org.ketapath.outcomes.domain.OutcomeService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The patient's outcomes page: windows as a table, charts drawn on the server, each with a table beside it. */
@Controller
class OutcomesPages {

    static final List<String> WINDOW_NAMES = List.of("Before (baseline)", "Days 1-28", "Days 29-56", "Days 57-84");

    private final OutcomeService outcomes;
    private final DiaryService diary;

    OutcomesPages(OutcomeService outcomes, DiaryService diary) {
        this.outcomes = outcomes;
        this.diary = diary;
    }

    /** A window as the page shows it: its name and dates in words. */
    record WindowRow(String name, OutcomeWindow w) {}

    /** A day of the pain chart. */
    record PainDay(LocalDate date, @Nullable Integer pain, String words) {}

    @GetMapping("/outcomes")
    String page(Model model) {
        UUID patient = PatientOnly.id();
        PatientOutcomes o = outcomes.forPatient(patient);
        model.addAttribute("o", o);
        model.addAttribute(
                "phq9",
                org.ketapath.outcomes.domain.QuestionnaireService.phq9Change(o.questionnaires())
                        .orElse(null));
        if (o.firstSession() == null || o.baseline() == null) {
            return "outcomes/outcomes";
        }
        List<OutcomeWindow> all = new ArrayList<>();
        all.add(o.baseline());
        all.addAll(o.windows());
        List<WindowRow> rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            rows.add(new WindowRow(WINDOW_NAMES.get(i), all.get(i)));
        }
        model.addAttribute("rows", rows);
        LocalDate todayForWindows = diary.today(patient);
        List<String> reasons = all.stream()
                .map(w -> w.to().isBefore(todayForWindows) ? "too few entries" : "not over yet")
                .toList();
        model.addAttribute(
                "migraineChart",
                BarChart.of(
                        WINDOW_NAMES,
                        all.stream().map(OutcomeWindow::migraineDays).toList(),
                        8,
                        reasons));
        model.addAttribute(
                "medicationChart",
                BarChart.of(
                        WINDOW_NAMES,
                        all.stream().map(OutcomeWindow::acuteMedicationDays).toList(),
                        8,
                        reasons));
        LocalDate today = diary.today(patient);
        LocalDate from = o.baseline().from();
        LocalDate to = o.windows().get(o.windows().size() - 1).to();
        if (to.isAfter(today)) {
            to = today;
        }
        Map<LocalDate, DiaryDay> days = diary.days(patient, from, to);
        List<PainDay> pain = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<@Nullable BigDecimal> values = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            DiaryDay entry = days.get(d);
            Integer p = entry == null ? null : (entry.headache() ? entry.peakPain() : Integer.valueOf(0));
            pain.add(new PainDay(
                    d, p, entry == null ? "no entry" : (entry.headache() ? String.valueOf(p) : "0 (no headache)")));
            labels.add(
                    d.getDayOfMonth() == 1
                            ? d.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.US)
                            : "");
            values.add(p == null ? null : BigDecimal.valueOf(p));
        }
        model.addAttribute("pain", pain);
        model.addAttribute("painChart", BarChart.of(labels, values, 10, ""));
        return "outcomes/outcomes";
    }
}
