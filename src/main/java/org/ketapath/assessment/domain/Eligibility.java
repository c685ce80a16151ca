package org.ketapath.assessment.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Turns an intake into a result: validates it, scores its screens, finds interactions, applies the rules. */
@Component
public class Eligibility {

    static final Definition URGENT_CARE = new Definition(
            "urgentCare",
            "A sudden, severe (thunderclap) headache or new neurological symptoms (weakness, loss of speech or"
                    + " vision that is not the person's usual aura) were reported: red flags for a secondary"
                    + " headache that needs emergency care now (911).",
            List.of(Sources.DO_2019));

    static final List<Definition> DEFINITIONS =
            List.of(MigraineCriteria.RESISTANT, MigraineCriteria.REFRACTORY, URGENT_CARE);

    private final InstrumentCatalog instruments;
    private final InteractionCatalog interactions;

    public Eligibility(InstrumentCatalog instruments, InteractionCatalog interactions) {
        this.instruments = instruments;
        this.interactions = interactions;
    }

    /**
     * Evaluates an intake.
     *
     * @throws InputRejectedException naming every field at fault
     */
    public AssessmentResult evaluate(Intake intake, String id, Instant now, @Nullable Instant expiresAt) {
        Facts facts = new IntakeValidator(instruments, interactions).check(intake);
        EligibilityRules.Decision decision = EligibilityRules.decide(facts);
        boolean crisis = facts.selfHarmReported();
        boolean urgent = facts.urgentCare();
        return new AssessmentResult(
                id,
                facts.condition(),
                facts.zip(),
                decision.outcome(),
                decision.reasons(),
                facts.interactions(),
                crisis,
                urgent,
                facts.resistantMigraine(),
                facts.refractoryMigraine(),
                UnansweredQuestions.all(facts),
                facts.scores(),
                nextSteps(
                        decision.outcome(),
                        crisis,
                        urgent,
                        !facts.interactions().isEmpty()),
                DEFINITIONS,
                now,
                expiresAt);
    }

    /** The next steps when no headache emergency was reported. */
    static List<String> nextSteps(Outcome outcome, boolean crisis, boolean interactionsFound) {
        return nextSteps(outcome, crisis, false, interactionsFound);
    }

    static List<String> nextSteps(Outcome outcome, boolean crisis, boolean urgent, boolean interactionsFound) {
        List<String> steps = new ArrayList<>();
        if (urgent) {
            steps.add("Call 911 or go to the nearest emergency department now. A sudden, severe headache, or new"
                    + " weakness or loss of speech or vision, can be an emergency.");
        }
        if (crisis) {
            steps.add("If you are thinking about hurting yourself, call or text 988 now (Suicide & Crisis Lifeline,"
                    + " 24/7). In an emergency, call 911.");
        }
        if (urgent || crisis) {
            steps.add("When you are safe, talk to your own doctor about your answers.");
        } else if (outcome == Outcome.LIKELY_CANDIDATE) {
            steps.add("Book a free consultation with a licensed clinician, who decides whether ketamine is right for"
                    + " you; bring this result with you.");
            steps.add("Compare verified providers near you.");
        } else if (outcome == Outcome.CLINICIAN_REVIEW) {
            steps.add("Book a free consultation so a clinician can review your answers with you.");
            steps.add("Bring this result and a list of your medicines.");
        } else {
            steps.add("Talk to your own doctor about the reasons above and about other treatments that may help now.");
        }
        if (interactionsFound) {
            steps.add(InteractionCatalog.ADVICE);
        }
        return steps;
    }
}
