package org.ketapath.assessment.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A validated questionnaire, loaded from {@code assessment/instruments/<id>.json}: its items, how each is
 * answered, how the total is made, the bands and flags, and its licence and source.
 */
public record Instrument(
        String id,
        String title,
        String shortTitle,
        String measures,
        String instructions,
        ItemTexts itemTexts,
        String licence,
        String source,
        AnswerSpec answer,
        List<Item> items,
        TotalRule total,
        List<Band> bands,
        List<FlagRule> flags) {

    public Instrument {
        items = List.copyOf(items);
        bands = List.copyOf(bands);
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    /** The answer spec that applies to an item: its own, or the instrument's default. */
    public AnswerSpec answerOf(Item item) {
        return item.answer() != null ? item.answer() : answer;
    }

    public Optional<Item> item(String itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    public Optional<Band> band(String bandId) {
        return bands.stream().filter(b -> b.id().equals(bandId)).findFirst();
    }

    /** Whether every item's text can be shown (free texts, or licensed texts the deployment supplied). */
    public boolean textsAvailable() {
        return items.stream().allMatch(i -> i.text() != null);
    }

    /**
     * Scores a complete set of answers.
     *
     * @param answers item id to answer (integers, strings or booleans, as the item takes)
     * @param fieldPrefix what to put before an item id when naming it in a problem, such as {@code answers.}
     * @throws InputRejectedException naming every missing, unknown, mistyped or out-of-range item
     */
    public Score score(@Nullable Map<String, ?> answers, String fieldPrefix) {
        return Scorer.score(this, answers, fieldPrefix);
    }

    Instrument withItems(List<Item> newItems) {
        return new Instrument(
                id,
                title,
                shortTitle,
                measures,
                instructions,
                itemTexts,
                licence,
                source,
                answer,
                newItems,
                total,
                bands,
                flags);
    }
}
