package org.ketapath.assessment.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;

/**
 * Every eligibility rule in one table, each with its source. The outcome is the strictest effect among
 * the rules that apply: any {@code NOT_NOW} makes it NOT_SUITABLE_NOW, otherwise any {@code REVIEW} makes
 * it CLINICIAN_REVIEW, otherwise a {@code QUALIFIES} rule makes it LIKELY_CANDIDATE. {@code NOTE} rules only
 * add a reason. So a relative contraindication or a self-harm report can never give LIKELY_CANDIDATE.
 */
final class EligibilityRules {

    enum Effect {
        QUALIFIES,
        NOTE,
        REVIEW,
        NOT_NOW
    }

    record Rule(String code, Effect effect, Predicate<Facts> applies, String text, String source) {}

    static final String COHEN_2018 = "Cohen SP et al. Consensus guidelines on the use of intravenous ketamine"
            + " infusions for chronic pain. Reg Anesth Pain Med 2018;43(5):521-546. doi:10.1097/AAP.0000000000000808"
            + " (relative contraindications)";
    static final String SANACORA_2017 = "Sanacora G et al. A consensus statement on the use of ketamine in the"
            + " treatment of mood disorders. JAMA Psychiatry 2017. doi:10.1001/jamapsychiatry.2017.0080";
    static final String EHF_2020 = "Sacco S et al. European Headache Federation consensus on the definition of"
            + " resistant and refractory migraine. J Headache Pain 2020;21:76. doi:10.1186/s10194-020-01130-5";
    static final String PHQ9_ITEM9 = "PHQ-9 item 9 (Kroenke 2001); 988 Suicide & Crisis Lifeline";
    static final String INTERACTIONS = "assessment/interactions.json (Frontiers in Psychiatry 2020,"
            + " doi:10.3389/fpsyt.2020.00844; Andrade, J Clin Psychiatry 2017)";

    private static final EnumSet<Condition> MOOD = EnumSet.of(
            Condition.DEPRESSION, Condition.ANXIETY, Condition.OCD, Condition.BIPOLAR_DEPRESSION, Condition.PTSD);

    static final List<Rule> RULES = List.of(
            new Rule(
                    "UNDER_18",
                    Effect.NOT_NOW,
                    f -> f.ageYears() < 18,
                    "Ketamine therapy for these conditions is studied and offered for adults (18 or older).",
                    COHEN_2018 + "; " + SANACORA_2017 + " (adult populations)"),
            new Rule(
                    "PREGNANCY",
                    Effect.NOT_NOW,
                    f -> Facts.yes(f.safety().pregnant()),
                    "Ketamine is not advised during pregnancy. Talk to your obstetric clinician; this can be"
                            + " looked at again after pregnancy.",
                    COHEN_2018),
            new Rule(
                    "SEVERE_LIVER_DISEASE",
                    Effect.NOT_NOW,
                    f -> Facts.yes(f.safety().severeLiverDisease()),
                    "Ketamine should be avoided with severe liver disease.",
                    COHEN_2018),
            new Rule(
                    "UNCONTROLLED_HYPERTENSION",
                    Effect.REVIEW,
                    f -> Facts.yes(f.safety().uncontrolledHypertension()),
                    "Ketamine raises blood pressure during the infusion, so high blood pressure must be under"
                            + " control first; a clinician will check.",
                    COHEN_2018 + "; Yale 2024, doi:10.1016/j.genhosppsych.2024.07.001"),
            new Rule(
                    "UNSTABLE_HEART_DISEASE",
                    Effect.REVIEW,
                    f -> Facts.yes(f.safety().unstableHeartDisease()),
                    "Poorly controlled heart disease needs a clinician's review (often an ECG) before ketamine.",
                    COHEN_2018),
            new Rule(
                    "PSYCHOSIS_HISTORY",
                    Effect.REVIEW,
                    f -> Facts.yes(f.safety().psychosisHistory()),
                    "A history of psychosis needs a careful review, because ketamine can cause hallucinations.",
                    COHEN_2018 + "; " + SANACORA_2017),
            new Rule(
                    "SUBSTANCE_USE_DISORDER",
                    Effect.REVIEW,
                    f -> Facts.yes(f.safety().substanceUseDisorder()),
                    "Substance use needs to be discussed with a clinician before ketamine.",
                    COHEN_2018 + "; " + SANACORA_2017),
            new Rule(
                    "RAISED_INTRACRANIAL_OR_INTRAOCULAR_PRESSURE",
                    Effect.REVIEW,
                    f -> Facts.yes(f.safety().raisedIntracranialOrIntraocularPressure()),
                    "Raised pressure in the head or the eye needs a clinician's review, as ketamine may raise it.",
                    COHEN_2018),
            new Rule(
                    "SELF_HARM_REPORTED",
                    Effect.REVIEW,
                    Facts::selfHarmReported,
                    "You told us about thoughts of being better off dead or of hurting yourself. Please reach out"
                            + " now: call or text 988. A clinician should talk with you before any treatment.",
                    PHQ9_ITEM9),
            new Rule(
                    "MEDICATION_INTERACTIONS",
                    Effect.REVIEW,
                    f -> !f.interactions().isEmpty(),
                    "Some of your medicines can change how ketamine works; a clinician needs to review them.",
                    INTERACTIONS),
            new Rule(
                    "REFRACTORY_MIGRAINE",
                    Effect.QUALIFIES,
                    Facts::refractoryMigraine,
                    "Your migraine meets the criteria for refractory migraine (3 or more kinds of preventive"
                            + " treatment tried and 8 or more headache days a month): the group in which ketamine"
                            + " has been studied.",
                    EHF_2020 + "; Schwenk ES et al. Reg Anesth Pain Med 2018;43(8):875-879,"
                            + " doi:10.1097/AAP.0000000000000827"),
            new Rule(
                    "MIGRAINE_NOT_REFRACTORY",
                    Effect.REVIEW,
                    f -> f.hasMigraine() && !f.refractoryMigraine(),
                    "Ketamine is usually considered after at least 3 kinds of preventive treatment and with 8 or"
                            + " more headache days a month. A clinician can tell whether other treatments come first.",
                    EHF_2020),
            new Rule(
                    "MIGRAINE_SCREEN_NEGATIVE",
                    Effect.REVIEW,
                    f -> f.hasMigraine() && f.screenedInBand("id-migraine", "negative"),
                    "Your answers to the migraine screener do not clearly point to migraine; a clinician should"
                            + " confirm the diagnosis.",
                    "Lipton RB et al. Neurology 2003;61(3):375-382. doi:10.1212/01.wnl.0000078940.53438.83"),
            new Rule(
                    "MEDICATION_OVERUSE_RISK",
                    Effect.NOTE,
                    f -> f.hasMigraine() && f.migraine().acuteMedicationDaysPerMonth() >= 10,
                    "Taking headache medicine on 10 or more days a month can itself cause more headaches"
                            + " (medication-overuse headache); mention it at your consultation.",
                    "ICHD-3 8.2 Medication-overuse headache (International Headache Society 2018)"),
            new Rule(
                    "PSYCHIATRIC_ASSESSMENT_FIRST",
                    Effect.REVIEW,
                    f -> MOOD.contains(f.condition()),
                    "For mood and anxiety conditions, a psychiatric assessment comes before ketamine treatment.",
                    SANACORA_2017),
            new Rule(
                    "CHRONIC_PAIN_REVIEW",
                    Effect.REVIEW,
                    f -> f.condition() == Condition.CHRONIC_PAIN,
                    "The evidence for ketamine differs between kinds of chronic pain; a clinician needs to review"
                            + " yours.",
                    COHEN_2018));

    /** When nothing qualifies and nothing restricts, a clinician decides. */
    static final Rule NO_QUALIFYING_RULE = new Rule(
            "NEEDS_CLINICIAN",
            Effect.REVIEW,
            f -> true,
            "A clinician needs to look at your answers to say whether ketamine may fit you.",
            "KetaPath policy");

    private EligibilityRules() {}

    record Decision(Outcome outcome, List<Reason> reasons) {}

    static Decision decide(Facts facts) {
        List<Rule> applying =
                RULES.stream().filter(rule -> rule.applies().test(facts)).toList();
        Outcome outcome;
        if (applying.stream().anyMatch(rule -> rule.effect() == Effect.NOT_NOW)) {
            outcome = Outcome.NOT_SUITABLE_NOW;
        } else if (applying.stream().anyMatch(rule -> rule.effect() == Effect.REVIEW)) {
            outcome = Outcome.CLINICIAN_REVIEW;
        } else if (applying.stream().anyMatch(rule -> rule.effect() == Effect.QUALIFIES)) {
            outcome = Outcome.LIKELY_CANDIDATE;
        } else {
            outcome = Outcome.CLINICIAN_REVIEW;
            applying = java.util.stream.Stream.concat(applying.stream(), java.util.stream.Stream.of(NO_QUALIFYING_RULE))
                    .toList();
        }
        List<Reason> reasons = applying.stream()
                .map(rule -> new Reason(rule.code(), rule.text(), rule.source()))
                .toList();
        return new Decision(outcome, reasons);
    }
}
