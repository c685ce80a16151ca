package org.ketapath.assessment.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Turns an intake into a result: validates it, scores its screens, finds interactions, applies the rules. */
@Component
public class Eligibility {

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
        return new AssessmentResult(
                id,
                facts.condition(),
                facts.zip(),
                decision.outcome(),
                decision.reasons(),
                facts.interactions(),
                crisis,
                facts.refractoryMigraine(),
                facts.scores(),
                nextSteps(decision.outcome(), crisis, !facts.interactions().isEmpty()),
                now,
                expiresAt);
    }

    static List<String> nextSteps(Outcome outcome, boolean crisis, boolean interactionsFound) {
        List<String> steps = new ArrayList<>();
        if (crisis) {
            steps.add("If you are thinking about hurting yourself, call or text 988 now (Suicide & Crisis Lifeline,"
                    + " 24/7). In an emergency, call 911.");
        }
        if (outcome == Outcome.LIKELY_CANDIDATE) {
            steps.add("Find a verified provider near you.");
            steps.add("Book a free consultation; bring this result with you.");
        } else if (outcome == Outcome.CLINICIAN_REVIEW) {
            steps.add("Book a free consultation so a clinician can review your answers with you.");
            steps.add("Bring this result and a list of your medicines.");
        } else {
            steps.add("Talk to your own doctor about other treatments that may help now.");
        }
        if (interactionsFound) {
            steps.add(InteractionCatalog.ADVICE);
        }
        return steps;
    }
}
