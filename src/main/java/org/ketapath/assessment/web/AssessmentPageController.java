package org.ketapath.assessment.web;

import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.ketapath.assessment.domain.AssessmentResult;
import org.ketapath.assessment.domain.AssessmentService;
import org.ketapath.assessment.domain.Condition;
import org.ketapath.assessment.domain.InputRejectedException;
import org.ketapath.assessment.domain.Instrument;
import org.ketapath.assessment.domain.InstrumentCatalog;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The two-minute assessment as plain server-rendered forms: one topic a page, answers kept in the session,
 * POST-redirect-GET between pages, so it works without JavaScript and survives back and refresh.
 */
@Controller
@RequestMapping("/assessment")
class AssessmentPageController {

    /** A DOI in an instrument's source line, without the full stop that may end the sentence. */
    private static final Pattern DOI = Pattern.compile("doi:\\s*(10\\.\\d{4,9}/[^\\s]+?)\\.?(?:\\s|$)");

    private final InstrumentCatalog catalog;
    private final AssessmentService assessments;

    AssessmentPageController(InstrumentCatalog catalog, AssessmentService assessments) {
        this.catalog = catalog;
        this.assessments = assessments;
    }

    @GetMapping
    String intro() {
        return "assessment/intro";
    }

    @PostMapping("/restart")
    String restart(HttpSession session) {
        AssessmentDraft.clear(session);
        return "redirect:/assessment/" + FlowStep.ABOUT.slug();
    }

    @GetMapping("/questionnaires")
    String questionnaires(Model model) {
        model.addAttribute("instruments", catalog.all());
        Map<String, String> links = new HashMap<>();
        for (Instrument instrument : catalog.all()) {
            Matcher doi = DOI.matcher(instrument.source());
            if (doi.find()) {
                links.put(instrument.id(), "https://doi.org/" + doi.group(1));
            }
        }
        model.addAttribute("sourceLinks", links);
        return "assessment/questionnaires";
    }

    @GetMapping("/results/{id}")
    String result(@PathVariable String id, HttpSession session, Model model) {
        AssessmentResult result = assessments
                .find(id, AssessmentApiController.viewer())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("view", ResultView.of(result, catalog, VisitorZone.of(session)));
        return "assessment/result";
    }

    /** Emergency help first, shown as soon as a thunderclap headache or new neurological symptoms are reported. */
    @GetMapping("/urgent-help")
    String urgentHelp(HttpSession session, Model model) {
        AssessmentDraft draft = AssessmentDraft.of(session);
        List<FlowStep> path = DraftIntake.path(draft);
        int index = path.indexOf(FlowStep.WARNING_SIGNS);
        model.addAttribute(
                "next",
                index >= 0 && index + 1 < path.size()
                        ? "/assessment/" + path.get(index + 1).slug()
                        : "/assessment/" + FlowStep.ABOUT.slug());
        return "assessment/urgent";
    }

    @GetMapping("/{slug}")
    String show(@PathVariable String slug, HttpSession session, Model model) {
        FlowStep step = FlowStep.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        AssessmentDraft draft = AssessmentDraft.of(session);
        Optional<String> redirect = redirectIfNotOnPath(step, draft);
        if (redirect.isPresent()) {
            return redirect.get();
        }
        List<Question> questions = new ArrayList<>();
        for (Question question : questions(step, draft)) {
            questions.add(question.with(draft.get(question.name()), null));
        }
        return render(step, draft, questions, model);
    }

    @PostMapping("/{slug}")
    String save(
            @PathVariable String slug,
            @RequestParam MultiValueMap<String, String> form,
            HttpSession session,
            Model model) {
        FlowStep step = FlowStep.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        AssessmentDraft draft = AssessmentDraft.of(session);
        Optional<String> redirect = redirectIfNotOnPath(step, draft);
        if (redirect.isPresent()) {
            return redirect.get();
        }
        for (Question question : questions(step, draft)) {
            draft.put(question.name(), question.fromForm(form));
        }
        VisitorZone.parse(form.getFirst("tz")).ifPresent(zone -> draft.put("tz", zone.getId()));
        List<Question> checked = check(step, draft);
        if (checked.stream().anyMatch(q -> q.error() != null)) {
            return render(step, draft, checked, model);
        }
        if (step == FlowStep.WARNING_SIGNS
                && ("yes".equals(draft.get("thunderclap")) || "yes".equals(draft.get("neurologicalSymptoms")))) {
            return "redirect:/assessment/urgent-help";
        }
        List<FlowStep> path = DraftIntake.path(draft);
        int index = path.indexOf(step);
        if (index + 1 < path.size()) {
            return "redirect:/assessment/" + path.get(index + 1).slug();
        }
        return finish(draft, session);
    }

    private String finish(AssessmentDraft draft, HttpSession session) {
        for (FlowStep step : DraftIntake.path(draft)) {
            if (check(step, draft).stream().anyMatch(q -> q.error() != null)) {
                return "redirect:/assessment/" + step.slug();
            }
        }
        try {
            AssessmentResult result = assessments.submit(DraftIntake.of(draft, catalog));
            VisitorZone.parse(draft.get("tz")).ifPresent(zone -> VisitorZone.remember(session, zone));
            AssessmentDraft.clear(session);
            return "redirect:/assessment/results/" + result.id();
        } catch (InputRejectedException e) {
            return "redirect:/assessment/" + FlowStep.ABOUT.slug();
        }
    }

    /** The step's questions with the draft's values and what is wrong with each. */
    private List<Question> check(FlowStep step, AssessmentDraft draft) {
        List<Question> checked = new ArrayList<>();
        for (Question question : questions(step, draft)) {
            String value = draft.get(question.name());
            String error = question.problemWith(value);
            if (error == null) {
                error = crossCheck(question, value, draft);
            }
            checked.add(question.with(value, error));
        }
        return checked;
    }

    /** What is wrong with an answer given the others: distance needed for a clinic; disabling days within all days. */
    private static @Nullable String crossCheck(Question question, @Nullable String value, AssessmentDraft draft) {
        if (question.name().equals("maxDistanceMiles") && value == null && !"AT_HOME".equals(draft.get("setting"))) {
            return question.requiredMessage();
        }
        Integer days = DraftIntake.number(draft, "headacheDaysPerMonth");
        Integer disabling = DraftIntake.number(draft, "debilitatingDaysPerMonth");
        if (question.name().equals("debilitatingDaysPerMonth")
                && days != null
                && disabling != null
                && disabling > days) {
            return "This cannot be more than your " + days + " headache days a month";
        }
        return null;
    }

    private List<Question> questions(FlowStep step, AssessmentDraft draft) {
        return StepQuestions.of(step, draft, catalog);
    }

    /** Steps that need a condition go back to the first page; a step off this person's path moves on. */
    private static Optional<String> redirectIfNotOnPath(FlowStep step, AssessmentDraft draft) {
        Optional<Condition> condition = DraftIntake.condition(draft);
        if (step != FlowStep.ABOUT && condition.isEmpty()) {
            return Optional.of("redirect:/assessment/" + FlowStep.ABOUT.slug());
        }
        List<FlowStep> path = DraftIntake.path(draft);
        if (!path.contains(step)) {
            FlowStep next = path.stream()
                    .filter(s -> s.ordinal() > step.ordinal())
                    .findFirst()
                    .orElse(FlowStep.ABOUT);
            return Optional.of("redirect:/assessment/" + next.slug());
        }
        return Optional.empty();
    }

    private String render(FlowStep step, AssessmentDraft draft, List<Question> questions, Model model) {
        List<FlowStep> path = DraftIntake.path(draft);
        int index = path.indexOf(step);
        Optional<Instrument> screener =
                step == FlowStep.QUESTIONNAIRE ? DraftIntake.screener(draft, catalog) : Optional.empty();
        model.addAttribute("step", step);
        model.addAttribute("stepNumber", index + 1);
        model.addAttribute("stepCount", path.size());
        model.addAttribute(
                "heading",
                screener.map(i -> i.shortTitle() + ": " + i.measures()).orElse(step.title()));
        model.addAttribute("instrument", screener.orElse(null));
        model.addAttribute("questions", questions);
        model.addAttribute(
                "errors", questions.stream().filter(q -> q.error() != null).toList());
        model.addAttribute(
                "back", index > 0 ? "/assessment/" + path.get(index - 1).slug() : "/assessment");
        model.addAttribute("last", index == path.size() - 1);
        return "assessment/step";
    }
}
