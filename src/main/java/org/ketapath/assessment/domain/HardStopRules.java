package org.ketapath.assessment.domain;

import static org.ketapath.assessment.domain.Facts.yes;

import java.util.List;
import org.ketapath.assessment.domain.EligibilityRules.Effect;
import org.ketapath.assessment.domain.EligibilityRules.Rule;

/** The rows of the eligibility table that make a result NOT_SUITABLE_NOW. */
final class HardStopRules {

    /** A blood pressure reading at or above this (systolic or diastolic) is a hard stop. */
    static final int STOP_SYSTOLIC = 180;

    static final int STOP_DIASTOLIC = 110;

    private HardStopRules() {}

    static final List<Rule> RULES = List.of(
            new Rule(
                    "HEADACHE_EMERGENCY_SIGNS",
                    Effect.NOT_NOW,
                    Facts::urgentCare,
                    "A sudden, severe (thunderclap) headache, or new weakness or loss of speech or vision that is not"
                            + " your usual aura, can be a sign of an emergency such as bleeding in the brain or a"
                            + " stroke. Call 911 or go to the nearest emergency department now.",
                    Sources.of(Sources.DO_2019)),
            new Rule(
                    "UNDER_18",
                    Effect.NOT_NOW,
                    f -> f.ageYears() < 18,
                    "Ketamine therapy for these conditions is studied and offered for adults (18 or older) only.",
                    Sources.of(Sources.spravato("8.4 Pediatric use"), Sources.SANACORA_2017)),
            new Rule(
                    "PREGNANCY",
                    Effect.NOT_NOW,
                    f -> yes(f.safety().pregnant()),
                    "Ketamine is not advised during pregnancy, because it may harm the baby. Talk to your"
                            + " obstetric clinician; this can be looked at again after pregnancy.",
                    Sources.of(Sources.COHEN_2018, Sources.spravato("8.1 Pregnancy"))),
            new Rule(
                    "ACTIVE_PSYCHOSIS",
                    Effect.NOT_NOW,
                    f -> yes(f.safety().activePsychosis()),
                    "You told us you have psychosis now. Ketamine can cause hallucinations, so it should not be"
                            + " started now. Please talk to your own doctor or mental health team.",
                    Sources.of(Sources.COHEN_2018, Sources.SANACORA_2017)),
            new Rule(
                    "BLOOD_PRESSURE_TOO_HIGH",
                    Effect.NOT_NOW,
                    f -> f.bloodPressureAtLeast(STOP_SYSTOLIC, STOP_DIASTOLIC),
                    "Your last blood pressure reading was 180/110 or higher. Ketamine raises blood pressure during"
                            + " treatment, so it should not be started while yours is this high. Please have your"
                            + " blood pressure checked by your own doctor soon.",
                    Sources.of(
                            Sources.COHEN_2018,
                            Sources.spravato("2 Dosage and administration (blood pressure before each dose)"),
                            Sources.YALE_2024)),
            new Rule(
                    "RECENT_HEART_ATTACK_OR_UNSTABLE_ANGINA",
                    Effect.NOT_NOW,
                    f -> yes(f.safety().recentHeartAttackOrUnstableAngina()),
                    "A heart attack or unstable angina in the last 6 months: ketamine raises blood pressure and"
                            + " heart rate, so it should not be started now. Your cardiologist or own doctor can"
                            + " advise.",
                    Sources.of(Sources.COHEN_2018, Sources.SPRAVATO_TRIAL_EXCLUSIONS)),
            new Rule(
                    "SUBSTANCE_USE_DISORDER",
                    Effect.NOT_NOW,
                    f -> yes(f.safety().substanceUseDisorder()),
                    "You told us you have a problem with alcohol or drugs now. Ketamine can be misused, and a"
                            + " course of treatment should not be started during active substance use. Help with"
                            + " that comes first: your own doctor, or the SAMHSA National Helpline, 1-800-662-4357"
                            + " (free, 24/7).",
                    Sources.of(Sources.COHEN_2018, Sources.spravato("9.2 Abuse"), Sources.SANACORA_2017)),
            new Rule(
                    "KETAMINE_ALLERGY",
                    Effect.NOT_NOW,
                    f -> yes(f.safety().ketamineAllergy()),
                    "You told us you are allergic to ketamine. Ketamine and esketamine must not be given to people"
                            + " who are allergic to them.",
                    Sources.of(Sources.spravato("4 Contraindications"))),
            new Rule(
                    "SEVERE_LIVER_DISEASE",
                    Effect.NOT_NOW,
                    f -> yes(f.safety().severeLiverDisease()),
                    "Ketamine should be avoided with severe liver disease.",
                    Sources.of(Sources.COHEN_2018, Sources.spravato("8.6 Hepatic impairment"))));
}
