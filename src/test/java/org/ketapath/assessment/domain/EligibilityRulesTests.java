package org.ketapath.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rule table row by row: each row changes one fact of a likely candidate and states the verdict. */
class EligibilityRulesTests {

    static final Intake.Safety NO_RISKS = new Intake.Safety(false, false, false, false, false, false, false, null);
    static final Intake.Migraine REFRACTORY = new Intake.Migraine(18, 7, 3, 6);
    static final Score ID_MIGRAINE_POSITIVE = new Score("id-migraine", 3, "positive", List.of(), null);

    /** An adult with refractory migraine, no contraindication, no interacting medicine. */
    static Facts candidate() {
        return new Facts(
                Condition.MIGRAINE,
                34,
                "19107",
                REFRACTORY,
                List.of(ID_MIGRAINE_POSITIVE),
                List.of(),
                NO_RISKS,
                new Intake.Preferences(Setting.EITHER, 50));
    }

    static Facts with(UnaryOperator<Facts> change) {
        return change.apply(candidate());
    }

    static Facts age(int years) {
        Facts f = candidate();
        return new Facts(
                f.condition(), years, f.zip(), f.migraine(), f.scores(), f.interactions(), f.safety(), f.preferences());
    }

    static Facts safety(Intake.Safety safety) {
        Facts f = candidate();
        return new Facts(
                f.condition(),
                f.ageYears(),
                f.zip(),
                f.migraine(),
                f.scores(),
                f.interactions(),
                safety,
                f.preferences());
    }

    static Facts migraine(Intake.Migraine migraine) {
        Facts f = candidate();
        return new Facts(
                f.condition(),
                f.ageYears(),
                f.zip(),
                migraine,
                f.scores(),
                f.interactions(),
                f.safety(),
                f.preferences());
    }

    static Facts scores(Score... scores) {
        Facts f = candidate();
        return new Facts(
                f.condition(),
                f.ageYears(),
                f.zip(),
                f.migraine(),
                List.of(scores),
                f.interactions(),
                f.safety(),
                f.preferences());
    }

    static Facts condition(Condition condition) {
        Facts f = candidate();
        return new Facts(
                condition, f.ageYears(), f.zip(), null, List.of(), f.interactions(), f.safety(), f.preferences());
    }

    static Facts interactions(Interaction... interactions) {
        Facts f = candidate();
        return new Facts(
                f.condition(),
                f.ageYears(),
                f.zip(),
                f.migraine(),
                f.scores(),
                List.of(interactions),
                f.safety(),
                f.preferences());
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of(
                        "adult, refractory migraine, nothing else",
                        candidate(),
                        Outcome.LIKELY_CANDIDATE,
                        "REFRACTORY_MIGRAINE"),
                Arguments.of("17 years old", age(17), Outcome.NOT_SUITABLE_NOW, "UNDER_18"),
                Arguments.of("exactly 18", age(18), Outcome.LIKELY_CANDIDATE, "REFRACTORY_MIGRAINE"),
                Arguments.of(
                        "pregnant",
                        safety(new Intake.Safety(true, false, false, false, false, false, false, null)),
                        Outcome.NOT_SUITABLE_NOW,
                        "PREGNANCY"),
                Arguments.of(
                        "uncontrolled hypertension",
                        safety(new Intake.Safety(false, true, false, false, false, false, false, null)),
                        Outcome.CLINICIAN_REVIEW,
                        "UNCONTROLLED_HYPERTENSION"),
                Arguments.of(
                        "psychosis history",
                        safety(new Intake.Safety(false, false, true, false, false, false, false, null)),
                        Outcome.CLINICIAN_REVIEW,
                        "PSYCHOSIS_HISTORY"),
                Arguments.of(
                        "substance use disorder",
                        safety(new Intake.Safety(false, false, false, true, false, false, false, null)),
                        Outcome.CLINICIAN_REVIEW,
                        "SUBSTANCE_USE_DISORDER"),
                Arguments.of(
                        "severe liver disease",
                        safety(new Intake.Safety(false, false, false, false, true, false, false, null)),
                        Outcome.NOT_SUITABLE_NOW,
                        "SEVERE_LIVER_DISEASE"),
                Arguments.of(
                        "raised intracranial or intraocular pressure",
                        safety(new Intake.Safety(false, false, false, false, false, true, false, null)),
                        Outcome.CLINICIAN_REVIEW,
                        "RAISED_INTRACRANIAL_OR_INTRAOCULAR_PRESSURE"),
                Arguments.of(
                        "unstable heart disease",
                        safety(new Intake.Safety(false, false, false, false, false, false, true, null)),
                        Outcome.CLINICIAN_REVIEW,
                        "UNSTABLE_HEART_DISEASE"),
                Arguments.of(
                        "self-harm thoughts answered directly",
                        safety(new Intake.Safety(false, false, false, false, false, false, false, true)),
                        Outcome.CLINICIAN_REVIEW,
                        "SELF_HARM_REPORTED"),
                Arguments.of(
                        "self-harm flag from PHQ-9",
                        scores(ID_MIGRAINE_POSITIVE, new Score("phq-9", 1, "minimal", List.of("SELF_HARM_RISK"), null)),
                        Outcome.CLINICIAN_REVIEW,
                        "SELF_HARM_REPORTED"),
                Arguments.of(
                        "benzodiazepine",
                        interactions(new Interaction("Xanax 0.5 mg", "BENZODIAZEPINE", "may blunt")),
                        Outcome.CLINICIAN_REVIEW,
                        "MEDICATION_INTERACTIONS"),
                Arguments.of(
                        "only 2 preventive classes tried",
                        migraine(new Intake.Migraine(18, 7, 2, 6)),
                        Outcome.CLINICIAN_REVIEW,
                        "MIGRAINE_NOT_REFRACTORY"),
                Arguments.of(
                        "only 7 headache days a month",
                        migraine(new Intake.Migraine(7, 7, 3, 6)),
                        Outcome.CLINICIAN_REVIEW,
                        "MIGRAINE_NOT_REFRACTORY"),
                Arguments.of(
                        "exactly 8 days and 3 classes",
                        migraine(new Intake.Migraine(8, 7, 3, 0)),
                        Outcome.LIKELY_CANDIDATE,
                        "REFRACTORY_MIGRAINE"),
                Arguments.of(
                        "negative migraine screener",
                        scores(new Score("id-migraine", 1, "negative", List.of(), null)),
                        Outcome.CLINICIAN_REVIEW,
                        "MIGRAINE_SCREEN_NEGATIVE"),
                Arguments.of(
                        "acute medicine on 10 days a month (a note only)",
                        migraine(new Intake.Migraine(18, 7, 3, 10)),
                        Outcome.LIKELY_CANDIDATE,
                        "MEDICATION_OVERUSE_RISK"),
                Arguments.of(
                        "depression",
                        condition(Condition.DEPRESSION),
                        Outcome.CLINICIAN_REVIEW,
                        "PSYCHIATRIC_ASSESSMENT_FIRST"),
                Arguments.of(
                        "anxiety",
                        condition(Condition.ANXIETY),
                        Outcome.CLINICIAN_REVIEW,
                        "PSYCHIATRIC_ASSESSMENT_FIRST"),
                Arguments.of("OCD", condition(Condition.OCD), Outcome.CLINICIAN_REVIEW, "PSYCHIATRIC_ASSESSMENT_FIRST"),
                Arguments.of(
                        "bipolar depression",
                        condition(Condition.BIPOLAR_DEPRESSION),
                        Outcome.CLINICIAN_REVIEW,
                        "PSYCHIATRIC_ASSESSMENT_FIRST"),
                Arguments.of(
                        "PTSD", condition(Condition.PTSD), Outcome.CLINICIAN_REVIEW, "PSYCHIATRIC_ASSESSMENT_FIRST"),
                Arguments.of(
                        "chronic pain",
                        condition(Condition.CHRONIC_PAIN),
                        Outcome.CLINICIAN_REVIEW,
                        "CHRONIC_PAIN_REVIEW"));
    }

    @ParameterizedTest(name = "{0}: {2} because of {3}")
    @MethodSource("rows")
    void each_rule_gives_its_verdict(String row, Facts facts, Outcome outcome, String reason) {
        EligibilityRules.Decision decision = EligibilityRules.decide(facts);

        assertThat(decision.outcome()).isEqualTo(outcome);
        assertThat(decision.reasons()).extracting(Reason::code).contains(reason);
    }

    @Test
    void no_relative_contraindication_ever_allows_likely_candidate() {
        for (int risk = 0; risk < 7; risk++) {
            Boolean[] answers = {false, false, false, false, false, false, false};
            answers[risk] = true;
            Intake.Safety safety = new Intake.Safety(
                    answers[0], answers[1], answers[2], answers[3], answers[4], answers[5], answers[6], null);

            assertThat(EligibilityRules.decide(safety(safety)).outcome())
                    .as("risk %d", risk)
                    .isNotEqualTo(Outcome.LIKELY_CANDIDATE);
        }
    }

    @Test
    void an_under_18_is_not_suitable_now_even_with_other_reasons_to_review() {
        Facts facts = new Facts(
                Condition.DEPRESSION,
                16,
                "19107",
                null,
                List.of(),
                List.of(),
                NO_RISKS,
                new Intake.Preferences(Setting.AT_HOME, null));

        assertThat(EligibilityRules.decide(facts).outcome()).isEqualTo(Outcome.NOT_SUITABLE_NOW);
    }

    @Test
    void every_rule_has_a_code_plain_text_and_a_source() {
        assertThat(EligibilityRules.RULES).allSatisfy(rule -> {
            assertThat(rule.code()).matches("[A-Z0-9_]+");
            assertThat(rule.text()).isNotBlank();
            assertThat(rule.source()).isNotBlank();
        });
        assertThat(EligibilityRules.RULES)
                .extracting(EligibilityRules.Rule::code)
                .doesNotHaveDuplicates();
    }

    @Test
    void crisis_support_comes_first_in_the_next_steps() {
        assertThat(Eligibility.nextSteps(Outcome.CLINICIAN_REVIEW, true, false).get(0))
                .contains("988");
        assertThat(Eligibility.nextSteps(Outcome.LIKELY_CANDIDATE, false, false))
                .noneMatch(step -> step.contains("988"));
    }
}
