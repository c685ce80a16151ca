package org.ketapath.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * For any valid answers to any instrument, the total stays in its declared range and falls in a band.
 * Property-based with QuickTheories: 500 random answer sets per instrument, shrunk to a minimal one on failure.
 */
class InstrumentPropertyTests {

    static final InstrumentCatalog catalog = Instruments.catalog();

    static Iterable<Instrument> instruments() {
        return catalog.all();
    }

    @ParameterizedTest
    @MethodSource("instruments")
    void totals_stay_in_range_for_random_valid_answers(Instrument instrument) {
        qt().withExamples(500).forAll(answersFor(instrument)).checkAssert(answers -> {
            Score score = instrument.score(answers, "answers.");

            assertThat(score.total())
                    .isBetween(instrument.total().min(), instrument.total().max());
            assertThat(instrument.band(score.band()))
                    .hasValueSatisfying(band -> assertThat(score.total()).isBetween(band.min(), band.max()));
        });
    }

    private static Gen<Map<String, Object>> answersFor(Instrument instrument) {
        Gen<Map<String, Object>> answers = Generate.constant(Map::of);
        for (var item : instrument.items()) {
            answers = answers.zip(valueFor(instrument.answerOf(item)), (so_far, value) -> {
                Map<String, Object> next = new LinkedHashMap<>(so_far);
                next.put(item.id(), value);
                return next;
            });
        }
        return answers;
    }

    private static Gen<Object> valueFor(AnswerSpec spec) {
        if (spec.type() == AnswerType.INTEGER) {
            return SourceDSL.integers().between(spec.min(), spec.max()).map(v -> (Object) v);
        }
        if (spec.type() == AnswerType.CHOICE) {
            return Generate.pick(spec.options()).map(o -> (Object) o.value());
        }
        return SourceDSL.booleans().all().map(v -> (Object) v);
    }
}
