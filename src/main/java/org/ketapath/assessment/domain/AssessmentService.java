package org.ketapath.assessment.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes assessments and keeps their results: anonymous ones for 24 hours behind an unguessable id, those
 * attached to an account for as long as the account keeps them.
 */
@Service
public class AssessmentService {

    private final Eligibility eligibility;
    private final AssessmentRepository repository;
    private final AssessmentSettings settings;
    private final JsonMapper json;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    public AssessmentService(
            Eligibility eligibility,
            AssessmentRepository repository,
            AssessmentSettings settings,
            JsonMapper json,
            AuditTrail audit) {
        this.audit = audit;
        this.eligibility = eligibility;
        this.repository = repository;
        this.settings = settings;
        this.json = json;
    }

    /**
     * Evaluates an intake and stores the result anonymously.
     *
     * @throws InputRejectedException naming every field at fault
     */
    public AssessmentResult submit(Intake intake) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ResultToken token = ResultToken.random();
        AssessmentResult result =
                eligibility.evaluate(intake, token.value(), now, now.plus(settings.anonymousRetention()));
        AssessmentResult stored = withId(result, "", result.expiresAt());
        repository.deleteExpired(now);
        repository.insert(token.hash(), stored, json.writeValueAsString(intake), json.writeValueAsString(stored));
        audit.record(AuditEvent.success("CREATE", "Assessment", token.auditReference(), null));
        return result;
    }

    /**
     * A live result by its id. An anonymous one is found by anyone holding the id; one attached to an
     * account only by that account ({@code viewer}).
     */
    public Optional<AssessmentResult> find(String id, @Nullable UUID viewer) {
        Optional<ResultToken> token = ResultToken.parse(id);
        if (token.isEmpty()) {
            return Optional.empty();
        }
        return repository
                .findLive(token.get().hash(), clock.instant())
                .filter(row ->
                        row.ownerAccountId() == null || row.ownerAccountId().equals(viewer))
                .map(row -> {
                    audit.record(AuditEvent.success(
                            "READ", "Assessment", token.get().auditReference(), row.ownerAccountId()));
                    return withId(json.readValue(row.resultJson(), AssessmentResult.class), id, row.expiresAt());
                });
    }

    public boolean attachToAccount(String id, UUID accountId) {
        return ResultToken.parse(id)
                .map(token -> {
                    boolean attached = repository.attach(token.hash(), accountId, clock.instant());
                    if (attached) {
                        audit.record(AuditEvent.success("UPDATE", "Assessment", token.auditReference(), accountId));
                    }
                    return attached;
                })
                .orElse(false);
    }

    /**
     * The reference under which the account may share its result with a clinic, or empty when the result is
     * unknown or not the account's (the two cannot be told apart). The reference is derived from the stored hash,
     * never the id itself, which grants access.
     */
    public Optional<UUID> shareReference(String id, UUID accountId) {
        return ResultToken.parse(id)
                .filter(token -> repository.isOwnedBy(token.hash(), accountId))
                .map(token -> UUID.nameUUIDFromBytes(token.hash()));
    }

    public boolean isOwnedBy(String id, UUID accountId) {
        return ResultToken.parse(id)
                .map(token -> repository.isOwnedBy(token.hash(), accountId))
                .orElse(false);
    }

    /** A result an account owns, with what was answered; {@code reference} as {@link #shareReference} gives it. */
    public record OwnedResult(UUID reference, Intake intake, AssessmentResult result) {}

    /** Every result the account owns, oldest first. */
    public java.util.List<OwnedResult> ownedBy(UUID accountId) {
        return repository.ownedBy(accountId).stream()
                .map(row -> new OwnedResult(
                        UUID.nameUUIDFromBytes(row.tokenHash()),
                        json.readValue(row.intakeJson(), Intake.class),
                        json.readValue(row.resultJson(), AssessmentResult.class)))
                .toList();
    }

    /** Frees the space of expired anonymous results; reads never depend on it having run. */
    public int deleteExpired() {
        return repository.deleteExpired(clock.instant());
    }

    private static AssessmentResult withId(AssessmentResult result, String id, @Nullable Instant expiresAt) {
        return new AssessmentResult(
                id,
                result.condition(),
                result.zip(),
                result.outcome(),
                result.reasons(),
                result.interactions(),
                result.crisisSupport(),
                result.urgentCare(),
                result.resistantMigraine(),
                result.refractoryMigraine(),
                result.unanswered(),
                result.scores(),
                result.nextSteps(),
                result.definitions(),
                result.createdAt(),
                expiresAt);
    }
}
