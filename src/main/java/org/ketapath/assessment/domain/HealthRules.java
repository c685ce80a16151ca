package org.ketapath.assessment.domain;

import static org.ketapath.assessment.domain.Facts.yes;

import java.util.List;
import org.ketapath.assessment.domain.EligibilityRules.Effect;
import org.ketapath.assessment.domain.EligibilityRules.Rule;

/** The rows of the eligibility table about physical health, age, medicines and unanswered questions. */
final class HealthRules {

    /** From this reading (systolic or diastolic) up to the hard stop, a clinician reviews. */
    static final int REVIEW_SYSTOLIC = 140;

    static final int REVIEW_DIASTOLIC = 90;

    static final int OLDER_AGE = 65;

    private HealthRules() {}

    static final List<Rule> RULES = List.of(
            new Rule(
                    "BLOOD_PRESSURE_RAISED",
                    Effect.REVIEW,
                    f -> f.bloodPressureAtLeast(REVIEW_SYSTOLIC, REVIEW_DIASTOLIC)
                            && !f.bloodPressureAtLeast(HardStopRules.STOP_SYSTOLIC, HardStopRules.STOP_DIASTOLIC),
                    "Your last blood pressure reading was 140/90 or higher. Ketamine raises blood pressure during"
                            + " treatment, so a clinician needs to weigh this first.",
                    Sources.of(
                            Sources.spravato("2 Dosage and administration (blood pressure above 140/90)"),
                            Sources.YALE_2024)),
            new Rule(
                    "KNOWN_HYPERTENSION",
                    Effect.REVIEW,
                    f -> yes(f.safety().knownHypertension()),
                    "Ketamine raises blood pressure during treatment, and more in people who already have high"
                            + " blood pressure. A clinician will check yours is under control first.",
                    Sources.of(Sources.YALE_2024, Sources.COHEN_2018)),
            new Rule(
                    "UNCONTROLLED_HYPERTENSION",
                    Effect.REVIEW,
                    f -> yes(f.safety().uncontrolledHypertension()),
                    "High blood pressure that is not under control must be treated before ketamine, which raises"
                            + " it during treatment; a clinician will check.",
                    Sources.of(Sources.COHEN_2018, Sources.YALE_2024)),
            new Rule(
                    "UNSTABLE_HEART_DISEASE",
                    Effect.REVIEW,
                    f -> yes(f.safety().unstableHeartDisease()),
                    "Heart disease that is not stable needs a clinician's review (often an ECG) before ketamine.",
                    Sources.of(Sources.COHEN_2018)),
            new Rule(
                    "STROKE_BLEED_ANEURYSM_OR_AVM",
                    Effect.REVIEW,
                    f -> yes(f.safety().strokeBleedAneurysmOrAvm()),
                    "Ketamine raises blood pressure. Esketamine must not be used with an aneurysm, an"
                            + " arteriovenous malformation or a past bleed in the brain, and its studies left out"
                            + " people who had a stroke; a clinician must review this first.",
                    Sources.of(
                            Sources.spravato("4 Contraindications"),
                            Sources.SPRAVATO_TRIAL_EXCLUSIONS,
                            Sources.SWISS_KETAMINE_LABEL)),
            new Rule(
                    "RAISED_INTRACRANIAL_OR_INTRAOCULAR_PRESSURE",
                    Effect.REVIEW,
                    f -> yes(f.safety().raisedIntracranialOrIntraocularPressure()),
                    "Raised pressure in the head or the eye needs a clinician's review, as ketamine may raise it.",
                    Sources.of(Sources.COHEN_2018)),
            new Rule(
                    "HYPERTHYROIDISM",
                    Effect.REVIEW,
                    f -> yes(f.safety().hyperthyroidism()),
                    "An overactive thyroid that is not fully treated is a reason not to use ketamine in its"
                            + " product information; a clinician needs to check yours.",
                    Sources.of(Sources.SWISS_KETAMINE_LABEL)),
            new Rule(
                    "MODERATE_LIVER_DISEASE",
                    Effect.REVIEW,
                    f -> yes(f.safety().moderateLiverDisease()),
                    "Liver disease changes how the body clears ketamine; a clinician needs to review yours and may"
                            + " watch you for longer after each dose.",
                    Sources.of(Sources.COHEN_2018, Sources.spravato("8.6 Hepatic impairment"))),
            new Rule(
                    "SLEEP_APNOEA",
                    Effect.REVIEW,
                    f -> yes(f.safety().sleepApnoea()),
                    "Ketamine can slow breathing, more so with other sedating medicines; sleep apnoea needs a"
                            + " clinician's review and monitoring.",
                    Sources.of(Sources.KETALAR, Sources.FDA_2023)),
            new Rule(
                    "BLADDER_PROBLEMS",
                    Effect.REVIEW,
                    f -> yes(f.safety().bladderProblems()),
                    "Ketamine can cause bladder pain and cystitis, mostly with repeated or long use; existing"
                            + " bladder problems need a clinician's review.",
                    Sources.of(Sources.KETALAR, Sources.FDA_2023)),
            new Rule(
                    "BREASTFEEDING",
                    Effect.REVIEW,
                    f -> yes(f.safety().breastfeeding()),
                    "Breastfeeding is not recommended during esketamine treatment; a clinician should talk this"
                            + " through with you.",
                    Sources.of(Sources.spravato("8.2 Lactation"))),
            new Rule(
                    "AGE_65_OR_OLDER",
                    Effect.REVIEW,
                    f -> f.ageYears() >= OLDER_AGE,
                    "Blood pressure rises more during ketamine in older people; at 65 or older a clinician should"
                            + " review your health first.",
                    Sources.of(Sources.YALE_2024)),
            new Rule(
                    "MEDICATION_INTERACTIONS",
                    Effect.REVIEW,
                    f -> !f.interactions().isEmpty(),
                    "Some of your medicines can change how ketamine works or add to its effects; a clinician needs"
                            + " to review them. Do not stop or change any medicine on your own.",
                    Sources.of(Sources.spravato("7 Drug interactions"), Sources.ANDRADE_2017, Sources.ANDRASHKO_2020)),
            new Rule(
                    "SAFETY_QUESTIONS_NOT_ANSWERED",
                    Effect.REVIEW,
                    f -> !UnansweredQuestions.safety(f).isEmpty(),
                    "Some safety questions were not answered (they are listed below). A clinician will ask them"
                            + " before any treatment.",
                    Sources.of(Sources.COHEN_2018, Sources.SANACORA_2017)),
            new Rule(
                    "CHRONIC_PAIN_REVIEW",
                    Effect.REVIEW,
                    f -> f.condition() == Condition.CHRONIC_PAIN,
                    "The evidence for ketamine differs between kinds of chronic pain; a clinician needs to review"
                            + " yours.",
                    Sources.of(Sources.COHEN_2018)));
}
