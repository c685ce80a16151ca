package org.ketapath.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every instrument at every band edge, from the scoring rules in DOMAIN.md. */
class InstrumentScoringTests {

    static final InstrumentCatalog catalog = Instruments.catalog();

    /** Answers whose points add up to {@code total}, filling items from the first with the largest points. */
    static Map<String, Object> integerAnswers(int items, int perItemMax, int total) {
        Map<String, Object> answers = new LinkedHashMap<>();
        int left = total;
        for (int i = 1; i <= items; i++) {
            int value = Math.min(perItemMax, left);
            answers.put("q" + i, value);
            left -= value;
        }
        assertThat(left).as("total reachable").isZero();
        return answers;
    }

    @ParameterizedTest(name = "PHQ-9 total {0} is {1}")
    @CsvSource({
        "0, minimal",
        "4, minimal",
        "5, mild",
        "9, mild",
        "10, moderate",
        "14, moderate",
        "15, moderately_severe",
        "19, moderately_severe",
        "20, severe",
        "27, severe"
    })
    void phq9_bands_at_every_edge(int total, String band) {
        Score score = catalog.find("phq-9").orElseThrow().score(integerAnswers(9, 3, total), "answers.");

        assertThat(score.total()).isEqualTo(total);
        assertThat(score.band()).isEqualTo(band);
    }

    @ParameterizedTest(name = "GAD-7 total {0} is {1}")
    @CsvSource({
        "0, minimal",
        "4, minimal",
        "5, mild",
        "9, mild",
        "10, moderate",
        "14, moderate",
        "15, severe",
        "21, severe"
    })
    void gad7_bands_at_every_edge(int total, String band) {
        Score score = catalog.find("gad-7").orElseThrow().score(integerAnswers(7, 3, total), "answers.");

        assertThat(score.total()).isEqualTo(total);
        assertThat(score.band()).isEqualTo(band);
        assertThat(score.flags()).isEmpty();
    }

    @ParameterizedTest(name = "MIDAS total {0} is grade {1}")
    @CsvSource({"0, I", "5, I", "6, II", "10, II", "11, III", "20, III", "21, IV", "450, IV"})
    void midas_grades_at_every_edge_with_a_and_b_reported_outside_the_total(int total, String band) {
        Map<String, Object> answers = integerAnswers(5, 90, total);
        answers.put("a", 90);
        answers.put("b", 10);

        Score score = catalog.find("midas").orElseThrow().score(answers, "answers.");

        assertThat(score.total()).isEqualTo(total);
        assertThat(score.band()).isEqualTo(band);
        assertThat(score.reported()).containsExactly(Map.entry("headacheDays", 90), Map.entry("averagePain", 10));
    }

    @ParameterizedTest(name = "HIT-6 {0} is {1} ({2})")
    @CsvSource({
        "never never never never never never, 36, little_or_none",
        "never never never rarely sometimes always, 49, little_or_none",
        "rarely rarely rarely rarely rarely sometimes, 50, some",
        "never never sometimes sometimes sometimes always, 55, some",
        "sometimes sometimes sometimes sometimes sometimes never, 56, substantial",
        "rarely sometimes sometimes sometimes sometimes very_often, 59, substantial",
        "sometimes sometimes sometimes sometimes sometimes sometimes, 60, severe",
        "always always always always always always, 78, severe"
    })
    void hit6_bands_at_every_edge(String answers, int total, String band) {
        String[] values = answers.split(" ");
        Map<String, Object> byItem = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            byItem.put("q" + (i + 1), values[i]);
        }

        Score score = catalog.find("hit-6").orElseThrow().score(byItem, "answers.");

        assertThat(score.total()).isEqualTo(total);
        assertThat(score.band()).isEqualTo(band);
    }

    @ParameterizedTest(name = "ID Migraine {0} {1} {2} is {3} ({4})")
    @CsvSource({
        "false, false, false, 0, negative",
        "true, false, false, 1, negative",
        "false, false, true, 1, negative",
        "true, true, false, 2, positive",
        "false, true, true, 2, positive",
        "true, true, true, 3, positive"
    })
    void id_migraine_is_positive_from_two_yes(boolean q1, boolean q2, boolean q3, int total, String band) {
        Score score = catalog.find("id-migraine").orElseThrow().score(Map.of("q1", q1, "q2", q2, "q3", q3), "");

        assertThat(score.total()).isEqualTo(total);
        assertThat(score.band()).isEqualTo(band);
    }

    @ParameterizedTest(name = "PHQ-9 item 9 = {0} flags self-harm: {1}")
    @CsvSource({"0, false", "1, true", "2, true", "3, true"})
    void phq9_item_9_above_zero_flags_self_harm_whatever_the_total(int item9, boolean flagged) {
        Map<String, Object> answers = integerAnswers(9, 0, 0);
        answers.put("q9", item9);

        Score score = catalog.find("phq-9").orElseThrow().score(answers, "answers.");

        assertThat(score.band()).isEqualTo("minimal");
        assertThat(score.flags()).isEqualTo(flagged ? List.of("SELF_HARM_RISK") : List.of());
    }

    @Test
    void every_problem_names_its_item() {
        Map<String, Object> answers = integerAnswers(9, 3, 0);
        answers.remove("q1");
        answers.put("q2", "2");
        answers.put("q3", 4);
        answers.put("q4", 1.5);
        answers.put("q10", 1);

        assertThatThrownBy(() -> catalog.find("phq-9").orElseThrow().score(answers, "answers."))
                .isInstanceOfSatisfying(
                        InputRejectedException.class,
                        e -> assertThat(e.problems())
                                .extracting(InputProblem::field)
                                .containsExactlyInAnyOrder(
                                        "answers.q1", "answers.q2", "answers.q3", "answers.q4", "answers.q10"));
    }

    @Test
    void hit6_texts_are_absent_without_a_licence() {
        Instrument hit6 = catalog.find("hit-6").orElseThrow();

        assertThat(hit6.itemTexts()).isEqualTo(ItemTexts.LICENSED);
        assertThat(hit6.textsAvailable()).isFalse();
        assertThat(hit6.items()).allSatisfy(item -> assertThat(item.text()).isNull());
        assertThat(catalog.find("phq-9").orElseThrow().textsAvailable()).isTrue();
    }
}
