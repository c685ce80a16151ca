package org.ketapath.assessment;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.ketapath.assessment.domain.AnswerSpec;
import org.ketapath.assessment.domain.AnswerType;
import org.ketapath.assessment.domain.AssessmentService;
import org.ketapath.assessment.domain.Instrument;
import org.ketapath.assessment.domain.InstrumentCatalog;
import org.ketapath.assessment.domain.ItemTexts;
import org.ketapath.assessment.domain.SharedResults;
import org.springframework.stereotype.Service;

/**
 * What other modules may ask of the assessment module. Identity calls {@link #attachToAccount} when a person
 * who took the assessment anonymously signs up, so the result outlives its 24 hours.
 */
@Service
public class AssessmentApi {

    private final AssessmentService assessments;
    private final SharedResults shared;
    private final InstrumentCatalog catalog;

    AssessmentApi(AssessmentService assessments, SharedResults shared, InstrumentCatalog catalog) {
        this.assessments = assessments;
        this.shared = shared;
        this.catalog = catalog;
    }

    /** Every instrument, in the catalogue's order, with item texts only where they may be reproduced. */
    public List<InstrumentForm> instruments() {
        return catalog.all().stream().map(AssessmentApi::form).toList();
    }

    /** One instrument by its id ({@code phq-9}), as {@link #instruments()} gives it. */
    public Optional<InstrumentForm> instrument(String id) {
        return catalog.find(id).map(AssessmentApi::form);
    }

    /**
     * The screens of every result the account owns, oldest first: one per instrument answered, with the answers
     * as sent and the score. {@code reference} is the result's share reference (never its id, which grants
     * access), so the same for every screen of one result.
     */
    public List<OwnScreen> ownScreens(UUID accountId) {
        List<OwnScreen> screens = new java.util.ArrayList<>();
        for (AssessmentService.OwnedResult owned : assessments.ownedBy(accountId)) {
            java.util.Map<String, java.util.Map<String, Object>> answered =
                    owned.intake().screens() == null
                            ? java.util.Map.of()
                            : owned.intake().screens();
            for (org.ketapath.assessment.domain.Score score : owned.result().scores()) {
                java.util.Map<String, Object> answers = answered.get(score.instrument());
                if (answers == null) {
                    continue;
                }
                java.util.Map<String, Object> copy = new java.util.LinkedHashMap<>();
                answers.forEach((item, value) -> {
                    if (value != null) {
                        copy.put(item, value);
                    }
                });
                screens.add(new OwnScreen(
                        owned.reference(),
                        score.instrument(),
                        owned.result().createdAt(),
                        copy,
                        score.total(),
                        catalog.find(score.instrument())
                                .flatMap(i -> i.band(score.band()))
                                .map(b -> b.label())
                                .orElse(score.band())));
            }
        }
        return screens;
    }

    private static InstrumentForm form(Instrument instrument) {
        boolean free = instrument.itemTexts() == ItemTexts.FREE;
        return new InstrumentForm(
                instrument.id(),
                instrument.title(),
                instrument.shortTitle(),
                instrument.instructions(),
                free,
                instrument.licence(),
                instrument.source(),
                instrument.items().stream()
                        .map(item -> {
                            AnswerSpec answer = instrument.answerOf(item);
                            return new InstrumentForm.FormItem(
                                    item.id(),
                                    free ? item.text() : null,
                                    answer.type().name().toLowerCase(Locale.ROOT),
                                    answer.type() == AnswerType.INTEGER ? answer.min() : null,
                                    answer.type() == AnswerType.INTEGER ? answer.max() : null,
                                    answer.choices().stream()
                                            .map(c -> new InstrumentForm.Choice(c.value(), c.label(), c.points()))
                                            .toList());
                        })
                        .toList());
    }

    /**
     * The result the owner shared with a clinic under this reference (the {@code assessmentId} of the booking
     * that shared it), in words for the clinic's clinicians; read on the clinic's behalf (audited so, it appears
     * in the owner's access report). Empty when the owner has no result with this reference. The caller decides
     * whether the clinic may see it (the owner's consent).
     */
    public Optional<SharedAssessment> sharedResult(UUID ownerId, UUID reference, UUID clinicId) {
        return shared.find(ownerId, reference, clinicId);
    }

    /**
     * Gives a live anonymous result to an account; from then on only that account can read it, and it no
     * longer expires.
     *
     * @param resultToken the result's id, as the person received it
     * @return false when the id is unknown, expired or already owned
     */
    public boolean attachToAccount(String resultToken, UUID accountId) {
        return assessments.attachToAccount(resultToken, accountId);
    }

    /**
     * The reference a booking carries when the account shares this result with a clinic: present only when the
     * result is the account's; empty for an unknown id and for another account's result alike, so a caller
     * cannot learn whether an id exists. The reference is not the id (which grants access).
     */
    public Optional<UUID> shareReference(String resultToken, UUID accountId) {
        return assessments.shareReference(resultToken, accountId);
    }

    /** Whether the result with this id belongs to the account. */
    public boolean isOwnedBy(String resultToken, UUID accountId) {
        return assessments.isOwnedBy(resultToken, accountId);
    }
}
