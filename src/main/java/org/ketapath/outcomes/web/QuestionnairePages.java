package org.ketapath.outcomes.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.ketapath.assessment.Questionnaires;
import org.ketapath.outcomes.domain.DiaryRefusal;
import org.ketapath.outcomes.domain.QuestionnaireService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * Answering a repeated questionnaire. A PHQ-9 with item 9 above 0 leads straight to crisis support (988) before
 * anything else; the clinic's home shows it to the clinic.
 */
@Controller
class QuestionnairePages {

    static final String INSTRUMENT = "{instrument:phq-9|gad-7|midas}";

    private final QuestionnaireService questionnaires;

    QuestionnairePages(QuestionnaireService questionnaires) {
        this.questionnaires = questionnaires;
    }

    @GetMapping("/questionnaires/" + INSTRUMENT)
    String form(@PathVariable String instrument, Model model) {
        UUID patient = PatientOnly.id();
        Questionnaires.Form form = questionnaires.form(patient, instrument).orElseThrow(QuestionnairePages::notFound);
        return show(model, form, AnswersForm.empty(), Map.of());
    }

    @PostMapping("/questionnaires/" + INSTRUMENT)
    String answer(
            @PathVariable String instrument,
            @ModelAttribute("answers") AnswersForm answers,
            BindingResult binding,
            Model model) {
        UUID patient = PatientOnly.id();
        Questionnaires.Form form = questionnaires.form(patient, instrument).orElseThrow(QuestionnairePages::notFound);
        AnswersForm given = binding.getTarget() instanceof AnswersForm bound ? bound : AnswersForm.empty();
        Map<String, String> errors = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(), "Choose an answer from the list"));
        if (errors.isEmpty()) {
            try {
                QuestionnaireService.Answered done = questionnaires.answer(patient, instrument, given.answersTo(form));
                model.addAttribute("done", done);
                model.addAttribute("form", form);
                return "outcomes/questionnaire-done";
            } catch (DiaryRefusal.InvalidInput invalid) {
                String item = invalid.field().substring("answers.".length());
                errors.put(item, "Answer this question");
            }
        }
        return show(model, form, given, errors);
    }

    private String show(Model model, Questionnaires.Form form, AnswersForm answers, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("answers", answers);
        model.addAttribute("errors", errors);
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < form.items().size(); i++) {
            labels.put(form.items().get(i).id(), "Question " + (i + 1));
        }
        model.addAttribute("labels", labels);
        return "outcomes/questionnaire";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
