package org.ketapath.workspace.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.platform.web.CurrentAccount;
import org.ketapath.scheduling.ClinicVisits;
import org.ketapath.workspace.domain.Decision;
import org.ketapath.workspace.domain.IntakeReviews;
import org.ketapath.workspace.domain.PatientCharts;
import org.ketapath.workspace.domain.PatientList;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clinic's patients for its staff: the list (search by name, visits coming, intakes awaiting review), a
 * patient's chart, and an intake with its review form (clinicians decide; clinic admins read).
 */
@Controller
class PatientPages {

    private final PatientList list;
    private final PatientCharts charts;
    private final IntakeReviews reviews;

    PatientPages(PatientList list, PatientCharts charts, IntakeReviews reviews) {
        this.list = list;
        this.charts = charts;
        this.reviews = reviews;
    }

    /** The review form: a decision, and a note the clinician may mark for the patient. */
    record ReviewForm(
            @NotNull(message = "Choose a decision") @Nullable
            Decision decision,

            @Size(max = 2000, message = "The note can have at most 2000 characters") @Nullable
            String note,

            @Nullable Boolean noteForPatient) {}

    @GetMapping("/clinic/{clinicId:" + StaffOnly.ID + "}/patients")
    String patients(
            @PathVariable UUID clinicId,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "ALL") String show,
            Model model) {
        CurrentAccount staff = StaffOnly.of(clinicId);
        PatientList.Show filter = switch (show) {
            case "UPCOMING" -> PatientList.Show.UPCOMING;
            case "AWAITING_REVIEW" -> PatientList.Show.AWAITING_REVIEW;
            default -> PatientList.Show.ALL;
        };
        String query = name.length() > 100 ? name.substring(0, 100) : name;
        List<PatientList.Line> lines = list.search(staff.id(), clinicId, query, filter);
        model.addAttribute("clinicId", clinicId);
        model.addAttribute("name", query);
        model.addAttribute("show", filter.name());
        model.addAttribute(
                "lines",
                lines.stream()
                        .map(l -> new PatientRow(
                                l.patient().id(),
                                l.patient().familyName() + ", " + l.patient().givenName(),
                                l.nextVisit() == null ? "None booked" : visitText(l.nextVisit()),
                                l.review().label(),
                                l.awaitingAssessment()))
                        .toList());
        model.addAttribute("limited", lines.size() >= PatientList.LIMIT);
        return "workspace/patients";
    }

    @GetMapping("/clinic/{clinicId:" + StaffOnly.ID + "}/patients/{patientId:" + StaffOnly.ID + "}")
    String chart(@PathVariable UUID clinicId, @PathVariable UUID patientId, Model model) {
        CurrentAccount staff = StaffOnly.of(clinicId);
        PatientCharts.Chart chart = charts.chart(staff.id(), clinicId, patientId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("clinicId", clinicId);
        model.addAttribute("chart", chart);
        java.util.List<org.ketapath.outcomes.OutcomeWindow> windows = new java.util.ArrayList<>();
        if (chart.outcomes() != null && chart.outcomes().baseline() != null) {
            windows.add(chart.outcomes().baseline());
            windows.addAll(chart.outcomes().windows());
        }
        model.addAttribute("diaryWindows", windows);
        model.addAttribute(
                "visits", chart.visits().stream().map(PatientPages::visitRow).toList());
        model.addAttribute(
                "intakes",
                chart.intakes().stream()
                        .map(i -> IntakeView.of(i, zoneOf(chart.visits())))
                        .toList());
        model.addAttribute("clinician", StaffOnly.isClinician(staff));
        return "workspace/chart";
    }

    @GetMapping("/clinic/{clinicId:" + StaffOnly.ID + "}/intakes/{assessmentId:" + StaffOnly.ID + "}")
    String intake(@PathVariable UUID clinicId, @PathVariable UUID assessmentId, Model model) {
        CurrentAccount staff = StaffOnly.of(clinicId);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ReviewForm(null, "", false));
        }
        return intakePage(staff, clinicId, assessmentId, model);
    }

    @PostMapping("/clinic/{clinicId:" + StaffOnly.ID + "}/intakes/{assessmentId:" + StaffOnly.ID + "}/review")
    String review(
            @PathVariable UUID clinicId,
            @PathVariable UUID assessmentId,
            @Valid @ModelAttribute("form") ReviewForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        CurrentAccount staff = StaffOnly.of(clinicId);
        if (!StaffOnly.isClinician(staff)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        if (errors.hasErrors()) {
            response.setStatus(400);
            model.addAttribute("hasErrors", true);
            model.addAttribute(
                    "errorFields",
                    errors.getFieldErrors().stream()
                            .map(org.springframework.validation.FieldError::getField)
                            .collect(java.util.stream.Collectors.toSet()));
            return intakePage(staff, clinicId, assessmentId, model);
        }
        reviews.review(
                        staff.id(),
                        clinicId,
                        assessmentId,
                        java.util.Objects.requireNonNull(form.decision()),
                        form.note() == null ? "" : form.note(),
                        Boolean.TRUE.equals(form.noteForPatient()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        redirect.addFlashAttribute(
                "message", "Your decision is saved. The patient has been told to sign in to read it.");
        return "redirect:/clinic/" + clinicId + "/intakes/" + assessmentId;
    }

    private String intakePage(CurrentAccount staff, UUID clinicId, UUID assessmentId, Model model) {
        PatientCharts.IntakePage page = charts.intake(staff.id(), clinicId, assessmentId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("clinicId", clinicId);
        model.addAttribute("page", page);
        model.addAttribute(
                "visits", page.visits().stream().map(PatientPages::visitRow).toList());
        model.addAttribute("intake", IntakeView.of(page.intake(), zoneOf(page.visits())));
        model.addAttribute("clinician", StaffOnly.isClinician(staff));
        model.addAttribute("decisions", Decision.values());
        return "workspace/intake";
    }

    record PatientRow(
            UUID id,
            String name,
            String nextVisit,
            String review,
            @Nullable UUID awaiting) {}

    record VisitRow(String when, String service, String status, String statusStyle) {}

    private static VisitRow visitRow(ClinicVisits.Visit v) {
        return new VisitRow(
                UsTimes.dateTime(v.start(), v.zone()),
                v.service().label(),
                v.statusLabel(),
                StatusStyle.of(v.statusLabel()));
    }

    private static String visitText(ClinicVisits.Visit v) {
        return v.service().label() + ", " + UsTimes.dateTime(v.start(), v.zone());
    }

    private static ZoneId zoneOf(List<ClinicVisits.Visit> visits) {
        return visits.isEmpty() ? ZoneId.of("America/New_York") : visits.get(0).zone();
    }
}
