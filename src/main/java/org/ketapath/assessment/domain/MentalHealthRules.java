package org.ketapath.assessment.domain;

import static org.ketapath.assessment.domain.Facts.yes;

import java.util.List;
import org.ketapath.assessment.domain.EligibilityRules.Effect;
import org.ketapath.assessment.domain.EligibilityRules.Rule;

/** The rows of the eligibility table about mental health, self-harm and past misuse. */
final class MentalHealthRules {

    private MentalHealthRules() {}

    static final List<Rule> RULES = List.of(
            new Rule(
                    "SELF_HARM_REPORTED",
                    Effect.REVIEW,
                    Facts::selfHarmReported,
                    "You told us about thoughts of being better off dead or of hurting yourself. Please reach out"
                            + " now: call or text 988. A clinician should talk with you before any treatment.",
                    Sources.of(Sources.KROENKE_2001, Sources.LIFELINE_988)),
            new Rule(
                    "PSYCHOSIS_HISTORY",
                    Effect.REVIEW,
                    f -> yes(f.safety().psychosisHistory()),
                    "Psychosis in the past needs a careful review, because ketamine can cause hallucinations.",
                    Sources.of(Sources.COHEN_2018, Sources.SANACORA_2017)),
            new Rule(
                    "MANIA_OR_HYPOMANIA_HISTORY",
                    Effect.REVIEW,
                    f -> f.asksAboutMania() && yes(f.safety().maniaOrHypomaniaHistory()),
                    "A past episode of mania or hypomania needs a psychiatrist's review of your mood before"
                            + " ketamine.",
                    Sources.of(Sources.SANACORA_2017)),
            new Rule(
                    "BIPOLAR_MOOD_REVIEW",
                    Effect.REVIEW,
                    f -> f.condition() == Condition.BIPOLAR_DEPRESSION,
                    "With bipolar depression, mania or hypomania is part of the illness; a psychiatrist reviews"
                            + " how stable your mood is before ketamine.",
                    Sources.of(Sources.SANACORA_2017)),
            new Rule(
                    "DISSOCIATIVE_MISUSE_HISTORY",
                    Effect.REVIEW,
                    f -> yes(f.safety().dissociativeMisuseHistory()),
                    "Ketamine can be misused. Past misuse of ketamine or a similar drug needs a clinician's careful"
                            + " review.",
                    Sources.of(Sources.spravato("9.2 Abuse"), Sources.FDA_2023)),
            new Rule(
                    "PSYCHIATRIC_ASSESSMENT_FIRST",
                    Effect.REVIEW,
                    f -> Facts.MOOD.contains(f.condition()),
                    "For mood and anxiety conditions, a psychiatric assessment comes before ketamine treatment.",
                    Sources.of(Sources.SANACORA_2017)));
}
