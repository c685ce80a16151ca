package org.ketapath.assessment.web;

import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
        return "assessment/questionnaires";
    }

    @GetMapping("/results/{id}")
    String result(@PathVariable String id, Model model) {
        AssessmentResult result = assessments
                .find(id, AssessmentApiController.viewer())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("view", ResultView.of(result, catalog));
        return "assessment/result";
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
            draft.put(question.name(), form.getFirst(question.name()));
        }
        List<Question> checked = check(step, draft);
        if (checked.stream().anyMatch(q -> q.error() != null)) {
            return render(step, draft, checked, model);
        }
        List<FlowStep> path = FlowStep.path(DraftIntake.condition(draft));
        int index = path.indexOf(step);
        if (index + 1 < path.size()) {
            return "redirect:/assessment/" + path.get(index + 1).slug();
        }
        return finish(draft, session);
    }

    private String finish(AssessmentDraft draft, HttpSession session) {
        for (FlowStep step : FlowStep.path(DraftIntake.condition(draft))) {
            if (check(step, draft).stream().anyMatch(q -> q.error() != null)) {
                return "redirect:/assessment/" + step.slug();
            }
        }
        try {
            AssessmentResult result = assessments.submit(DraftIntake.of(draft, catalog));
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
            if (error == null
                    && question.name().equals("maxDistanceMiles")
                    && value == null
                    && !"AT_HOME".equals(draft.get("setting"))) {
                error = question.requiredMessage();
            }
            checked.add(question.with(value, error));
        }
        return checked;
    }

    private List<Question> questions(FlowStep step, AssessmentDraft draft) {
        return StepQuestions.of(step, DraftIntake.condition(draft), DraftIntake.screener(draft, catalog));
    }

    /** Steps that need a condition go back to the first page; a step off this person's path moves on. */
    private static Optional<String> redirectIfNotOnPath(FlowStep step, AssessmentDraft draft) {
        Optional<Condition> condition = DraftIntake.condition(draft);
        if (step != FlowStep.ABOUT && condition.isEmpty()) {
            return Optional.of("redirect:/assessment/" + FlowStep.ABOUT.slug());
        }
        if (!FlowStep.path(condition).contains(step)) {
            return Optional.of("redirect:/assessment/" + FlowStep.values()[step.ordinal() + 1].slug());
        }
        return Optional.empty();
    }

    private String render(FlowStep step, AssessmentDraft draft, List<Question> questions, Model model) {
        List<FlowStep> path = FlowStep.path(DraftIntake.condition(draft));
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
