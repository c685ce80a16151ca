package org.ketapath.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** For any valid answers to any instrument, the total stays in its declared range and falls in a band. */
class InstrumentPropertyTests {

    static final InstrumentCatalog catalog = Instruments.catalog();

    @Property(tries = 500)
    void totals_stay_in_range_for_random_valid_answers(@ForAll("answeredInstruments") Answered answered) {
        Instrument instrument = answered.instrument();

        Score score = instrument.score(answered.answers(), "answers.");

        assertThat(score.total())
                .isBetween(instrument.total().min(), instrument.total().max());
        assertThat(instrument.band(score.band()))
                .hasValueSatisfying(band -> assertThat(score.total()).isBetween(band.min(), band.max()));
    }

    record Answered(Instrument instrument, Map<String, Object> answers) {}

    @Provide
    Arbitrary<Answered> answeredInstruments() {
        return Arbitraries.of(catalog.all()).flatMap(this::answersFor);
    }

    private Arbitrary<Answered> answersFor(Instrument instrument) {
        List<Arbitrary<Object>> perItem = instrument.items().stream()
                .map(item -> valueFor(instrument.answerOf(item)))
                .toList();
        return Combinators.combine(perItem).as(values -> {
            Map<String, Object> answers = new LinkedHashMap<>();
            for (int i = 0; i < values.size(); i++) {
                answers.put(instrument.items().get(i).id(), values.get(i));
            }
            return new Answered(instrument, answers);
        });
    }

    private static Arbitrary<Object> valueFor(AnswerSpec spec) {
        if (spec.type() == AnswerType.INTEGER) {
            return Arbitraries.integers().between(spec.min(), spec.max()).map(v -> v);
        }
        if (spec.type() == AnswerType.CHOICE) {
            return Arbitraries.of(spec.options()).map(o -> o.value());
        }
        return Arbitraries.of(true, false).map(v -> v);
    }
}
