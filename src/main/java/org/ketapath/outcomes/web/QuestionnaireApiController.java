package org.ketapath.outcomes.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.outcomes.PatientOutcomes.QuestionnaireScore;
import org.ketapath.outcomes.domain.QuestionnaireService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Repeated questionnaires over the API: what is due, what was answered, answering one. */
@RestController
class QuestionnaireApiController {

    private final QuestionnaireService questionnaires;

    QuestionnaireApiController(QuestionnaireService questionnaires) {
        this.questionnaires = questionnaires;
    }

    /**
     * The patient's questionnaires.
     *
     * @param phq9 PHQ-9 response (a fall of 50% or more from the first) and remission (below 5), once answered twice
     */
    record Overview(
            List<QuestionnaireService.Due> due,
            List<QuestionnaireScore> answered,
            QuestionnaireService.@Nullable Phq9Change phq9) {}

    @GetMapping("/api/v1/patients/me/questionnaires")
    Overview overview() {
        UUID patient = OutcomesApiErrors.patient();
        List<QuestionnaireScore> history = questionnaires.history(patient);
        return new Overview(
                questionnaires.due(patient),
                history,
                QuestionnaireService.phq9Change(history).orElse(null));
    }

    record AnswerRequest(@Nullable Map<String, @Nullable Integer> answers) {}

    /**
     * What answering gave; with {@code selfHarm} true the client must show crisis support at once.
     *
     * @param crisis what to show first when {@code selfHarm}: call or text 988, or 911 in an emergency
     */
    record Answer(
            String instrument,
            String date,
            int total,
            String band,
            boolean selfHarm,
            @Nullable String crisis) {}

    @PostMapping("/api/v1/patients/me/questionnaires/{instrument:phq-9|gad-7|midas}")
    ResponseEntity<Answer> answer(@PathVariable String instrument, @RequestBody AnswerRequest body) {
        UUID patient = OutcomesApiErrors.patient();
        var done = questionnaires.answer(patient, instrument, body.answers() == null ? Map.of() : body.answers());
        return ResponseEntity.status(201)
                .body(new Answer(
                        done.instrument(),
                        done.date().toString(),
                        done.total(),
                        done.band(),
                        done.selfHarm(),
                        done.selfHarm()
                                ? "If you are thinking about harming yourself, call or text 988 (Suicide & Crisis"
                                        + " Lifeline, US, 24/7) now. In an emergency, call 911. Your clinic has been told."
                                : null));
    }
}
