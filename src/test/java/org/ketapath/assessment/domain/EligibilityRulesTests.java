package org.ketapath.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketapath.assessment.domain.Candidates.age;
import static org.ketapath.assessment.domain.Candidates.candidate;
import static org.ketapath.assessment.domain.Candidates.condition;
import static org.ketapath.assessment.domain.Candidates.interactions;
import static org.ketapath.assessment.domain.Candidates.migraine;
import static org.ketapath.assessment.domain.Candidates.olderWithRedFlags;
import static org.ketapath.assessment.domain.Candidates.redFlags;
import static org.ketapath.assessment.domain.Candidates.redFlagsWith;
import static org.ketapath.assessment.domain.Candidates.safety;
import static org.ketapath.assessment.domain.Candidates.safetyWith;
import static org.ketapath.assessment.domain.Candidates.scores;
import static org.ketapath.assessment.domain.Outcome.CLINICIAN_REVIEW;
import static org.ketapath.assessment.domain.Outcome.LIKELY_CANDIDATE;
import static org.ketapath.assessment.domain.Outcome.NOT_SUITABLE_NOW;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rule table row by row: each row changes one fact of a likely candidate (an adult with resistant migraine who
 * answered everything with nothing against ketamine) and states the verdict and the rule that gives it. Every
 * rule of the table has at least one row.
 */
class EligibilityRulesTests {

    static Stream<Arguments> rows() {
        return Stream.of(
                row("adult, resistant migraine, nothing else", candidate(), LIKELY_CANDIDATE, "RESISTANT_MIGRAINE"),
                row(
                        "the evidence note comes with every migraine result",
                        candidate(),
                        LIKELY_CANDIDATE,
                        "MIGRAINE_EVIDENCE_IS_WEAK"),
                // Hard stops
                row("17 years old", age(17), NOT_SUITABLE_NOW, "UNDER_18"),
                row("exactly 18", age(18), LIKELY_CANDIDATE, "RESISTANT_MIGRAINE"),
                row("pregnant", safety("pregnant", true), NOT_SUITABLE_NOW, "PREGNANCY"),
                row("psychosis now", safety("activePsychosis", true), NOT_SUITABLE_NOW, "ACTIVE_PSYCHOSIS"),
                row("reading 180/100", bp(180, 100), NOT_SUITABLE_NOW, "BLOOD_PRESSURE_TOO_HIGH"),
                row("reading 150/110", bp(150, 110), NOT_SUITABLE_NOW, "BLOOD_PRESSURE_TOO_HIGH"),
                row(
                        "heart attack or unstable angina in 6 months",
                        safety("recentHeartAttackOrUnstableAngina", true),
                        NOT_SUITABLE_NOW,
                        "RECENT_HEART_ATTACK_OR_UNSTABLE_ANGINA"),
                row(
                        "alcohol or drug problem now",
                        safety("substanceUseDisorder", true),
                        NOT_SUITABLE_NOW,
                        "SUBSTANCE_USE_DISORDER"),
                row("ketamine allergy", safety("ketamineAllergy", true), NOT_SUITABLE_NOW, "KETAMINE_ALLERGY"),
                row(
                        "severe liver disease",
                        safety("severeLiverDisease", true),
                        NOT_SUITABLE_NOW,
                        "SEVERE_LIVER_DISEASE"),
                row(
                        "thunderclap headache",
                        redFlags(redFlagsWith("thunderclap", true)),
                        NOT_SUITABLE_NOW,
                        "HEADACHE_EMERGENCY_SIGNS"),
                row(
                        "new neurological symptoms",
                        redFlags(redFlagsWith("neurologicalSymptoms", true)),
                        NOT_SUITABLE_NOW,
                        "HEADACHE_EMERGENCY_SIGNS"),
                // Blood pressure between the review line and the hard stop
                row("reading 179/109", bp(179, 109), CLINICIAN_REVIEW, "BLOOD_PRESSURE_RAISED"),
                row("reading 140/80", bp(140, 80), CLINICIAN_REVIEW, "BLOOD_PRESSURE_RAISED"),
                row("reading 120/90", bp(120, 90), CLINICIAN_REVIEW, "BLOOD_PRESSURE_RAISED"),
                row("reading 139/89", bp(139, 89), LIKELY_CANDIDATE, "RESISTANT_MIGRAINE"),
                // Clinician review
                row(
                        "known high blood pressure",
                        safety("knownHypertension", true),
                        CLINICIAN_REVIEW,
                        "KNOWN_HYPERTENSION"),
                row(
                        "high blood pressure not under control",
                        safety("uncontrolledHypertension", true),
                        CLINICIAN_REVIEW,
                        "UNCONTROLLED_HYPERTENSION"),
                row(
                        "heart disease not stable",
                        safety("unstableHeartDisease", true),
                        CLINICIAN_REVIEW,
                        "UNSTABLE_HEART_DISEASE"),
                row(
                        "stroke, bleed, aneurysm or AVM",
                        safety("strokeBleedAneurysmOrAvm", true),
                        CLINICIAN_REVIEW,
                        "STROKE_BLEED_ANEURYSM_OR_AVM"),
                row(
                        "raised intracranial or intraocular pressure",
                        safety("raisedIntracranialOrIntraocularPressure", true),
                        CLINICIAN_REVIEW,
                        "RAISED_INTRACRANIAL_OR_INTRAOCULAR_PRESSURE"),
                row("hyperthyroidism", safety("hyperthyroidism", true), CLINICIAN_REVIEW, "HYPERTHYROIDISM"),
                row(
                        "moderate liver disease",
                        safety("moderateLiverDisease", true),
                        CLINICIAN_REVIEW,
                        "MODERATE_LIVER_DISEASE"),
                row("sleep apnoea", safety("sleepApnoea", true), CLINICIAN_REVIEW, "SLEEP_APNOEA"),
                row("bladder problems", safety("bladderProblems", true), CLINICIAN_REVIEW, "BLADDER_PROBLEMS"),
                row("breastfeeding", safety("breastfeeding", true), CLINICIAN_REVIEW, "BREASTFEEDING"),
                row("65 years old", age(65), CLINICIAN_REVIEW, "AGE_65_OR_OLDER"),
                row(
                        "64 years old (no warning sign answered yes)",
                        olderWithRedFlags(64, Candidates.NO_RED_FLAGS),
                        LIKELY_CANDIDATE,
                        "RESISTANT_MIGRAINE"),
                row("psychosis in the past", safety("psychosisHistory", true), CLINICIAN_REVIEW, "PSYCHOSIS_HISTORY"),
                row(
                        "mania or hypomania in the past",
                        safety("maniaOrHypomaniaHistory", true),
                        CLINICIAN_REVIEW,
                        "MANIA_OR_HYPOMANIA_HISTORY"),
                row(
                        "bipolar depression, mania question not asked",
                        condition(Condition.BIPOLAR_DEPRESSION, safetyWith("maniaOrHypomaniaHistory", null)),
                        CLINICIAN_REVIEW,
                        "BIPOLAR_MOOD_REVIEW"),
                row(
                        "past misuse of dissociatives",
                        safety("dissociativeMisuseHistory", true),
                        CLINICIAN_REVIEW,
                        "DISSOCIATIVE_MISUSE_HISTORY"),
                row(
                        "self-harm thoughts answered directly",
                        safety("selfHarmThoughts", true),
                        CLINICIAN_REVIEW,
                        "SELF_HARM_REPORTED"),
                row(
                        "self-harm flag from PHQ-9",
                        scores(
                                Candidates.ID_MIGRAINE_POSITIVE,
                                new Score("phq-9", 1, "minimal", List.of("SELF_HARM_RISK"), null)),
                        CLINICIAN_REVIEW,
                        "SELF_HARM_REPORTED"),
                row(
                        "benzodiazepine",
                        interactions(new Interaction("Xanax 0.5 mg", "BENZODIAZEPINE", "may blunt")),
                        CLINICIAN_REVIEW,
                        "MEDICATION_INTERACTIONS"),
                row(
                        "psychosis now not answered",
                        safety("activePsychosis", null),
                        CLINICIAN_REVIEW,
                        "SAFETY_QUESTIONS_NOT_ANSWERED"),
                row(
                        "thunderclap not answered",
                        redFlags(redFlagsWith("thunderclap", null)),
                        CLINICIAN_REVIEW,
                        "SAFETY_QUESTIONS_NOT_ANSWERED"),
                row(
                        "55 and 'began after 50' not answered",
                        olderWithRedFlags(55, redFlagsWith("newAfter50", null)),
                        CLINICIAN_REVIEW,
                        "SAFETY_QUESTIONS_NOT_ANSWERED"),
                row("chronic pain", condition(Condition.CHRONIC_PAIN), CLINICIAN_REVIEW, "CHRONIC_PAIN_REVIEW"),
                row("depression", condition(Condition.DEPRESSION), CLINICIAN_REVIEW, "PSYCHIATRIC_ASSESSMENT_FIRST"),
                row("anxiety", condition(Condition.ANXIETY), CLINICIAN_REVIEW, "PSYCHIATRIC_ASSESSMENT_FIRST"),
                row("OCD", condition(Condition.OCD), CLINICIAN_REVIEW, "PSYCHIATRIC_ASSESSMENT_FIRST"),
                row("PTSD", condition(Condition.PTSD), CLINICIAN_REVIEW, "PSYCHIATRIC_ASSESSMENT_FIRST"),
                // Headache warning signs that need a doctor, not an ambulance
                row(
                        "headaches began after 50, aged 55",
                        olderWithRedFlags(55, redFlagsWith("newAfter50", true)),
                        CLINICIAN_REVIEW,
                        "HEADACHE_WARNING_SIGNS"),
                row(
                        "pattern changed",
                        redFlags(redFlagsWith("patternChanged", true)),
                        CLINICIAN_REVIEW,
                        "HEADACHE_WARNING_SIGNS"),
                // Migraine screener and medicine overuse
                row("no ID Migraine answers", scores(), CLINICIAN_REVIEW, "MIGRAINE_SCREEN_MISSING"),
                row(
                        "negative migraine screener",
                        scores(new Score("id-migraine", 1, "negative", List.of(), null)),
                        CLINICIAN_REVIEW,
                        "MIGRAINE_SCREEN_NEGATIVE"),
                row(
                        "acute medicine on 10 days a month",
                        migraine("acuteMedicationDaysPerMonth", 10),
                        CLINICIAN_REVIEW,
                        "MEDICATION_OVERUSE"),
                row(
                        "acute medicine on 9 days a month",
                        migraine("acuteMedicationDaysPerMonth", 9),
                        LIKELY_CANDIDATE,
                        "RESISTANT_MIGRAINE"),
                // Resistant and refractory migraine (EHF 2020) at their boundaries
                row(
                        "only 2 preventive classes",
                        migraine("preventiveClassesTried", 2),
                        CLINICIAN_REVIEW,
                        "MIGRAINE_NOT_RESISTANT"),
                row("only 1 triptan", migraine("triptansTried", 1), CLINICIAN_REVIEW, "MIGRAINE_NOT_RESISTANT"),
                row(
                        "7 disabling days",
                        migraine("debilitatingDaysPerMonth", 7),
                        CLINICIAN_REVIEW,
                        "MIGRAINE_NOT_RESISTANT"),
                row(
                        "exactly 8 disabling days",
                        migraine("debilitatingDaysPerMonth", 8, "headacheDaysPerMonth", 8),
                        LIKELY_CANDIDATE,
                        "RESISTANT_MIGRAINE"),
                row(
                        "2 months at this frequency",
                        migraine("monthsAtThisFrequency", 2),
                        CLINICIAN_REVIEW,
                        "MIGRAINE_NOT_RESISTANT"),
                row("exactly 3 months", migraine("monthsAtThisFrequency", 3), LIKELY_CANDIDATE, "RESISTANT_MIGRAINE"),
                row(
                        "months not reported (first API version)",
                        migraine("monthsAtThisFrequency", null),
                        CLINICIAN_REVIEW,
                        "MIGRAINE_NOT_RESISTANT"),
                row(
                        "all classes tried, 5 months",
                        migraine("allPreventiveClassesTried", true, "monthsAtThisFrequency", 5),
                        LIKELY_CANDIDATE,
                        "RESISTANT_MIGRAINE"),
                row(
                        "all classes tried, exactly 6 months",
                        migraine("allPreventiveClassesTried", true, "monthsAtThisFrequency", 6),
                        LIKELY_CANDIDATE,
                        "REFRACTORY_MIGRAINE"),
                row(
                        "6 months but not every class tried",
                        migraine("monthsAtThisFrequency", 24),
                        LIKELY_CANDIDATE,
                        "RESISTANT_MIGRAINE"));
    }

    @ParameterizedTest(name = "{0}: {2} because of {3}")
    @MethodSource("rows")
    void each_rule_gives_its_verdict(String row, Facts facts, Outcome outcome, String reason) {
        EligibilityRules.Decision decision = EligibilityRules.decide(facts);

        assertThat(decision.outcome()).isEqualTo(outcome);
        assertThat(decision.reasons()).extracting(Reason::code).contains(reason);
    }

    @Test
    void every_rule_of_the_table_has_a_row() {
        assertThat(rows().map(row -> (String) row.get()[3]))
                .containsAll(EligibilityRules.RULES.stream()
                        .map(EligibilityRules.Rule::code)
                        .toList());
    }

    @Test
    void refractory_and_resistant_are_never_both_named() {
        Facts refractory = migraine("allPreventiveClassesTried", true, "monthsAtThisFrequency", 12);

        assertThat(EligibilityRules.decide(refractory).reasons())
                .extracting(Reason::code)
                .contains("REFRACTORY_MIGRAINE")
                .doesNotContain("RESISTANT_MIGRAINE", "MIGRAINE_NOT_RESISTANT");
        assertThat(refractory.resistantMigraine()).isTrue();
        assertThat(refractory.refractoryMigraine()).isTrue();
        assertThat(candidate().refractoryMigraine()).isFalse();
    }

    @Test
    void no_single_yes_to_a_safety_question_ever_allows_likely_candidate() {
        for (String answer : Candidates.safetyAnswers()) {
            assertThat(EligibilityRules.decide(safety(answer, true)).outcome())
                    .as(answer)
                    .isNotEqualTo(LIKELY_CANDIDATE);
        }
    }

    @Test
    void no_single_unanswered_safety_question_allows_likely_candidate() {
        for (String answer : Candidates.safetyAnswers()) {
            assertThat(EligibilityRules.decide(safety(answer, null)).outcome())
                    .as(answer)
                    .isNotEqualTo(LIKELY_CANDIDATE);
        }
    }

    @Test
    void the_self_harm_question_is_not_needed_when_the_phq9_asked_it() {
        Facts withPhq9 = scores(Candidates.ID_MIGRAINE_POSITIVE, new Score("phq-9", 0, "minimal", List.of(), null));
        Facts answeredThroughPhq9 = new Facts(
                withPhq9.condition(),
                withPhq9.ageYears(),
                withPhq9.zip(),
                withPhq9.migraine(),
                withPhq9.scores(),
                withPhq9.interactions(),
                safetyWith("selfHarmThoughts", null),
                withPhq9.preferences(),
                withPhq9.redFlags());

        assertThat(UnansweredQuestions.safety(answeredThroughPhq9)).isEmpty();
        assertThat(EligibilityRules.decide(answeredThroughPhq9).outcome()).isEqualTo(LIKELY_CANDIDATE);
    }

    @Test
    void any_headache_warning_sign_means_never_likely_candidate() {
        for (String flag : List.of("thunderclap", "neurologicalSymptoms", "patternChanged", "newAfter50")) {
            Facts facts = olderWithRedFlags(55, redFlagsWith(flag, true));

            assertThat(facts.anyRedFlag()).as(flag).isTrue();
            assertThat(EligibilityRules.decide(facts).outcome()).as(flag).isNotEqualTo(LIKELY_CANDIDATE);
        }
    }

    @Test
    void only_thunderclap_and_neurological_symptoms_call_for_emergency_care() {
        assertThat(redFlags(redFlagsWith("thunderclap", true)).urgentCare()).isTrue();
        assertThat(redFlags(redFlagsWith("neurologicalSymptoms", true)).urgentCare())
                .isTrue();
        assertThat(redFlags(redFlagsWith("patternChanged", true)).urgentCare()).isFalse();
        assertThat(olderWithRedFlags(55, redFlagsWith("newAfter50", true)).urgentCare())
                .isFalse();
        assertThat(candidate().urgentCare()).isFalse();
    }

    @Test
    void the_strictest_reasons_come_first() {
        Facts pregnantWithReviewReasons =
                condition(Condition.DEPRESSION, safetyWith("pregnant", true, "sleepApnoea", true));

        List<Reason> reasons =
                EligibilityRules.decide(pregnantWithReviewReasons).reasons();

        assertThat(reasons.get(0).code()).isEqualTo("PREGNANCY");
    }

    @Test
    void a_not_now_result_gives_only_the_reasons_that_explain_it() {
        Facts pregnantWithResistantMigraine = safety("pregnant", true, "sleepApnoea", true);

        assertThat(EligibilityRules.decide(pregnantWithResistantMigraine).reasons())
                .extracting(Reason::code)
                .containsExactly("PREGNANCY", "SLEEP_APNOEA");
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
                Candidates.NO_RISKS,
                new Intake.Preferences(Setting.AT_HOME, null),
                Intake.RedFlags.NOT_REPORTED);

        assertThat(EligibilityRules.decide(facts).outcome()).isEqualTo(NOT_SUITABLE_NOW);
    }

    @Test
    void every_rule_has_a_code_plain_text_and_public_sources() {
        List<EligibilityRules.Rule> all = Stream.concat(
                        EligibilityRules.RULES.stream(), Stream.of(EligibilityRules.NO_QUALIFYING_RULE))
                .toList();
        assertThat(all).allSatisfy(rule -> {
            assertThat(rule.code()).matches("[A-Z0-9_]+");
            assertThat(rule.text()).isNotBlank().doesNotContain("_");
            assertThat(rule.sources()).isNotEmpty().allSatisfy(source -> {
                assertThat(source.url()).startsWith("https://");
                assertThat(source.text()).doesNotContain(".json", "assessment/", "KetaPath policy");
            });
        });
        assertThat(EligibilityRules.RULES)
                .extracting(EligibilityRules.Rule::code)
                .doesNotHaveDuplicates();
    }

    @Test
    void the_interaction_rule_cites_the_label_and_the_studies_not_our_files() {
        EligibilityRules.Rule rule = EligibilityRules.RULES.stream()
                .filter(r -> r.code().equals("MEDICATION_INTERACTIONS"))
                .findFirst()
                .orElseThrow();

        assertThat(rule.sources())
                .extracting(Citation::url)
                .contains(
                        "https://doi.org/10.4088/JCP.17f11802",
                        "https://doi.org/10.3389/fpsyt.2020.00844",
                        Sources.spravato("7 Drug interactions").url());
        assertThat(Sources.text(rule.sources())).contains("section", "7 Drug interactions", "PMID 28858450");
    }

    @Test
    void help_comes_first_in_the_next_steps_and_no_booking_is_offered_with_it() {
        List<String> urgent = Eligibility.nextSteps(NOT_SUITABLE_NOW, false, true, false);
        List<String> crisis = Eligibility.nextSteps(CLINICIAN_REVIEW, true, false, false);
        List<String> notNow = Eligibility.nextSteps(NOT_SUITABLE_NOW, false, false, false);

        assertThat(urgent.get(0)).contains("911");
        assertThat(crisis.get(0)).contains("988");
        assertThat(Stream.of(urgent, crisis, notNow).flatMap(List::stream)).noneMatch(step -> step.contains("Book"));
        assertThat(notNow).anyMatch(step -> step.contains("own doctor"));
        assertThat(Eligibility.nextSteps(LIKELY_CANDIDATE, false, false, false))
                .noneMatch(step -> step.contains("988") || step.contains("911"));
    }

    static Facts bp(int systolic, int diastolic) {
        return safety("bloodPressure", new Intake.BloodPressure(systolic, diastolic));
    }

    private static Arguments row(String name, Facts facts, Outcome outcome, String reason) {
        return Arguments.of(name, facts, outcome, reason);
    }
}
