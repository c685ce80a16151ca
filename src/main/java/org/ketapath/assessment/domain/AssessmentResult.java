package org.ketapath.assessment.domain;

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
        boolean crisisSupport,
        boolean refractoryMigraine,
        List<Score> scores,
        List<String> nextSteps,
        Instant createdAt,
        @Nullable Instant expiresAt) {

    public AssessmentResult {
        reasons = List.copyOf(reasons);
        interactions = List.copyOf(interactions);
        scores = List.copyOf(scores);
        nextSteps = List.copyOf(nextSteps);
    }
}
