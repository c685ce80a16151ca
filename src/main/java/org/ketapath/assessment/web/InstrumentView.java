package org.ketapath.assessment.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ketapath.assessment.domain.AnswerOption;
import org.ketapath.assessment.domain.AnswerSpec;
import org.ketapath.assessment.domain.AnswerType;
import org.ketapath.assessment.domain.Band;
import org.ketapath.assessment.domain.FlagRule;
import org.ketapath.assessment.domain.Instrument;
import org.ketapath.assessment.domain.ItemTexts;

/** An instrument's definition for API clients; {@code text} is null where a licence is needed and not held. */
record InstrumentView(
        String id,
        String title,
        String measures,
        String instructions,
        String licence,
        String source,
        boolean itemTextsLicensed,
        List<ItemView> items,
        int minTotal,
        int maxTotal,
        List<Band> bands,
        List<FlagRule> flags) {

    record ItemView(
            String id,
            @Nullable String text,
            String type,
            @Nullable Integer min,
            @Nullable Integer max,
            List<AnswerOption> options,
            boolean inTotal,
            @Nullable String reportAs) {}

    static InstrumentView of(Instrument instrument) {
        List<ItemView> items = instrument.items().stream()
                .map(item -> {
                    AnswerSpec spec = instrument.answerOf(item);
                    boolean integer = spec.type() == AnswerType.INTEGER;
                    return new ItemView(
                            item.id(),
                            item.text(),
                            spec.type().name().toLowerCase(java.util.Locale.ROOT),
                            integer ? spec.min() : null,
                            integer ? spec.max() : null,
                            spec.choices(),
                            item.countsInTotal(),
                            item.reportAs());
                })
                .toList();
        return new InstrumentView(
                instrument.id(),
                instrument.title(),
                instrument.measures(),
                instrument.instructions(),
                instrument.licence(),
                instrument.source(),
                instrument.itemTexts() == ItemTexts.LICENSED,
                items,
                instrument.total().min(),
                instrument.total().max(),
                instrument.bands(),
                instrument.flags());
    }
}
