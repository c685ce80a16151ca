package org.ketapath.outcomes.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.assessment.Questionnaires;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
import org.ketapath.outcomes.PatientOutcomes.QuestionnaireScore;
import org.ketapath.treatment.TreatmentApi;
import org.ketapath.treatment.TreatmentApi.CourseSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Repeated questionnaires: which are due ({@link QuestionnaireSchedule}), answering them (scored by the
 * assessment's engine), the history, and PHQ-9 response and remission.
 */
@Service
public class QuestionnaireService {

    static final String TYPE = "QuestionnaireResponse";

    /** PHQ-9 remission: a total below 5; response: a fall of 50% or more from the first answer. */
    static final int REMISSION_BELOW = 5;

    private final QuestionnaireRepository responses;
    private final Questionnaires questionnaires;
    private final TreatmentApi treatment;
    private final DiaryService diary;
    private final AuditTrail audit;
    private final OutcomesClock clock;

    QuestionnaireService(
            QuestionnaireRepository responses,
            Questionnaires questionnaires,
            TreatmentApi treatment,
            DiaryService diary,
            AuditTrail audit,
            OutcomesClock clock) {
        this.responses = responses;
        this.questionnaires = questionnaires;
        this.treatment = treatment;
        this.diary = diary;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A questionnaire due for the patient.
     *
     * @param title its short title ("PHQ-9")
     */
    public record Due(String instrument, String title, LocalDate due, String when, UUID courseId, UUID clinicId) {}

    /** The questionnaires due now, over all the patient's courses. */
    @Transactional(readOnly = true)
    public List<Due> due(UUID patient) {
        ZoneId zone = diary.zone(patient);
        LocalDate today = clock.today(zone);
        Map<String, List<LocalDate>> answered = new HashMap<>();
        responses
                .ofPatient(patient)
                .forEach(r -> answered.computeIfAbsent(r.instrument(), k -> new ArrayList<>())
                        .add(r.answeredOn()));
        List<Due> due = new ArrayList<>();
        for (CourseSummary c : treatment.courseSummaries(patient)) {
            for (var o : QuestionnaireSchedule.due(QuestionnaireSchedule.occasions(c, zone, today), answered, today)) {
                if (due.stream().noneMatch(d -> d.instrument().equals(o.instrument()))) {
                    String title = questionnaires
                            .form(o.instrument())
                            .map(Questionnaires.Form::shortTitle)
                            .orElse(o.instrument());
                    due.add(new Due(o.instrument(), title, o.due(), o.when(), c.courseId(), c.clinicId()));
                }
            }
        }
        return due;
    }

    /** The form of a questionnaire the patient may answer now (one due, or one of their course's instruments). */
    @Transactional(readOnly = true)
    public Optional<Questionnaires.Form> form(UUID patient, String instrument) {
        if (courseFor(patient, instrument).isEmpty()) {
            return Optional.empty();
        }
        return questionnaires.form(instrument);
    }

    /**
     * What answering gave.
     *
     * @param selfHarm PHQ-9 item 9 above 0: show crisis support at once; the clinic's home shows it
     */
    public record Answered(String instrument, LocalDate date, int total, String band, boolean selfHarm) {}

    /**
     * Scores and saves the answers for today.
     *
     * @throws DiaryRefusal.NotFound when the patient has no course this questionnaire belongs to
     * @throws DiaryRefusal.InvalidInput naming the item ({@code answers.q3}) missing or out of range
     */
    @Transactional
    public Answered answer(UUID patient, String instrument, Map<String, @Nullable Integer> answers) {
        CourseSummary course = courseFor(patient, instrument).orElseThrow(DiaryRefusal.NotFound::new);
        Questionnaires.Result result;
        try {
            result = questionnaires.score(instrument, answers);
        } catch (Questionnaires.InvalidAnswers e) {
            throw new DiaryRefusal.InvalidInput("answers." + e.item(), e.getMessage());
        }
        Map<String, Integer> clean = new HashMap<>();
        answers.forEach((k, v) -> {
            if (v != null) {
                clean.put(k, v);
            }
        });
        boolean selfHarm = result.flags().contains("SELF_HARM_RISK");
        LocalDate today = clock.today(diary.zone(patient));
        responses.save(
                patient,
                course.clinicId(),
                course.courseId(),
                instrument,
                today,
                clean,
                result.total(),
                result.band(),
                selfHarm,
                clock.now());
        audit.record(AuditEvent.success("CREATE", TYPE, instrument + ":" + today, patient)
                .forClinic(course.clinicId()));
        return new Answered(instrument, today, result.total(), result.band(), selfHarm);
    }

    /** The patient's answered questionnaires, oldest first. */
    @Transactional(readOnly = true)
    public List<QuestionnaireScore> history(UUID patient) {
        return responses.ofPatient(patient).stream()
                .map(r -> new QuestionnaireScore(r.instrument(), r.answeredOn(), r.total(), r.band()))
                .toList();
    }

    /**
     * PHQ-9 change from the first answer to the latest.
     *
     * @param response the latest at most half the first (a fall of 50% or more)
     * @param remission the latest below 5
     */
    public record Phq9Change(
            int first, LocalDate firstOn, int latest, LocalDate latestOn, boolean response, boolean remission) {}

    /** PHQ-9 response and remission, when the patient answered it at least twice. */
    public static Optional<Phq9Change> phq9Change(List<QuestionnaireScore> history) {
        List<QuestionnaireScore> phq = history.stream()
                .filter(q -> q.instrument().equals("phq-9"))
                .sorted(Comparator.comparing(QuestionnaireScore::date))
                .toList();
        if (phq.size() < 2) {
            return Optional.empty();
        }
        QuestionnaireScore first = phq.get(0);
        QuestionnaireScore latest = phq.get(phq.size() - 1);
        boolean response = first.total() > 0
                && BigDecimal.valueOf(latest.total())
                                .multiply(BigDecimal.valueOf(2))
                                .compareTo(BigDecimal.valueOf(first.total()))
                        <= 0;
        return Optional.of(new Phq9Change(
                first.total(),
                first.date(),
                latest.total(),
                latest.date(),
                response,
                latest.total() < REMISSION_BELOW));
    }

    /** The course a questionnaire belongs to: the latest course whose condition asks it. */
    private Optional<CourseSummary> courseFor(UUID patient, String instrument) {
        return treatment.courseSummaries(patient).stream()
                .filter(c -> asks(c.condition(), instrument))
                .max(Comparator.comparing(CourseSummary::createdAt));
    }

    static boolean asks(String condition, String instrument) {
        return switch (instrument) {
            case "midas" -> condition.equals("MIGRAINE");
            case "phq-9", "gad-7" -> !condition.equals("MIGRAINE") && !condition.equals("CHRONIC_PAIN");
            default -> false;
        };
    }
}
