package org.ketapath.assessment.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the assessment tells a person. {@code id} is the unguessable token that retrieves it; {@code
 * expiresAt} is set while no account owns it.
 */
public record AssessmentResult(
        String id,
        Condition condition,
        String zip,
        Outcome outcome,
        List<Reason> reasons,
        List<Interaction> interactions,

        @Schema(
                description = "Self-harm was reported (PHQ-9 item 9 above 0, or safety.selfHarmThoughts): show the 988"
                        + " Suicide & Crisis Lifeline first and no booking action.")
        boolean crisisSupport,

        @Schema(
                description = "A thunderclap headache or new neurological symptoms were reported: tell the person to"
                        + " call 911 or go to an emergency department now, before anything else, and show no booking"
                        + " action. Do TP et al. Neurology 2019;92(3):134-144, doi:10.1212/WNL.0000000000006697.")
        Boolean urgentCare,

        @Schema(
                description = "European Headache Federation 2020 resistant migraine: at least 3 preventive classes"
                        + " failed and at least 8 debilitating headache days a month for at least 3 consecutive"
                        + " months. Sacco S et al. J Headache Pain 2020;21:76, doi:10.1186/s10194-020-01130-5.")
        Boolean resistantMigraine,

        @Schema(
                description = "European Headache Federation 2020 refractory migraine: every available preventive"
                        + " class failed and at least 8 debilitating headache days a month for at least 6 consecutive"
                        + " months. Sacco S et al. J Headache Pain 2020;21:76, doi:10.1186/s10194-020-01130-5.")
        boolean refractoryMigraine,

        @Schema(description = "Questions that apply to this person but were not answered (\"not reported\").")
        List<Unanswered> unanswered,

        List<Score> scores,
        List<String> nextSteps,

        @Schema(description = "What resistantMigraine, refractoryMigraine and urgentCare mean, with their sources.")
        List<Definition> definitions,

        Instant createdAt,
        @Nullable Instant expiresAt) {

    public AssessmentResult(
            String id,
            Condition condition,
            String zip,
            Outcome outcome,
            List<Reason> reasons,
            List<Interaction> interactions,
            boolean crisisSupport,
            @Nullable Boolean urgentCare,
            @Nullable Boolean resistantMigraine,
            boolean refractoryMigraine,
            @Nullable List<Unanswered> unanswered,
            List<Score> scores,
            List<String> nextSteps,
            @Nullable List<Definition> definitions,
            Instant createdAt,
            @Nullable Instant expiresAt) {
        this.id = id;
        this.condition = condition;
        this.zip = zip;
        this.outcome = outcome;
        this.reasons = List.copyOf(reasons);
        this.interactions = List.copyOf(interactions);
        this.crisisSupport = crisisSupport;
        // Results stored before these fields existed read back as false and empty.
        this.urgentCare = Boolean.TRUE.equals(urgentCare);
        this.resistantMigraine = Boolean.TRUE.equals(resistantMigraine);
        this.refractoryMigraine = refractoryMigraine;
        this.unanswered = unanswered == null ? List.of() : List.copyOf(unanswered);
        this.scores = List.copyOf(scores);
        this.nextSteps = List.copyOf(nextSteps);
        this.definitions = definitions == null ? List.of() : List.copyOf(definitions);
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Whether the result may offer to book or to find providers: never when help must come first or it is "not now". */
    public boolean offersBooking() {
        return outcome != Outcome.NOT_SUITABLE_NOW && !crisisSupport && !urgentCare;
    }
}
