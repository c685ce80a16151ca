package org.ketapath.assessment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ketapath.assessment.domain.AnswerSpec;
import org.ketapath.assessment.domain.AnswerType;
import org.ketapath.assessment.domain.InputRejectedException;
import org.ketapath.assessment.domain.Instrument;
import org.ketapath.assessment.domain.InstrumentCatalog;
import org.ketapath.assessment.domain.Score;
import org.springframework.stereotype.Service;

/**
 * The instruments other modules ask again over time (the outcomes module's PHQ-9, GAD-7 and MIDAS): their items
 * to show, and scoring by the same engine as the assessment.
 */
@Service
public class Questionnaires {

    private final InstrumentCatalog catalog;

    Questionnaires(InstrumentCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * A questionnaire to show: items answered with whole numbers (their labels when the instrument names them).
     *
     * @param source the published source of the instrument
     * @param licence its licence notice
     */
    public record Form(
            String id,
            String title,
            String shortTitle,
            String instructions,
            List<Question> items,
            String source,
            String licence) {}

    /**
     * An item.
     *
     * @param labels the words of each value from {@code min} up, or empty for a plain number
     */
    public record Question(String id, String text, int min, int max, List<String> labels) {}

    /**
     * A scored questionnaire.
     *
     * @param band the band's words ("Mild depression")
     * @param flags codes such as SELF_HARM_RISK (PHQ-9 item 9 above 0)
     * @param reported values reported beside the total (MIDAS headache days, average pain)
     */
    public record Result(int total, String band, List<String> flags, Map<String, Integer> reported) {}

    /** Answers that do not fit the questionnaire: which item and why. */
    public static final class InvalidAnswers extends RuntimeException {
        private final String item;

        InvalidAnswers(String item, String message) {
            super(message, null, false, false);
            this.item = item;
        }

        public String item() {
            return item;
        }
    }

    /** The questionnaire with this id, when its item texts can be shown and every item takes a whole number. */
    public Optional<Form> form(String id) {
        return catalog.find(id).filter(Instrument::textsAvailable).flatMap(Questionnaires::form);
    }

    private static Optional<Form> form(Instrument i) {
        List<Question> items = new java.util.ArrayList<>();
        for (var item : i.items()) {
            AnswerSpec spec = i.answerOf(item);
            if (spec.type() != AnswerType.INTEGER || spec.min() == null || spec.max() == null) {
                return Optional.empty();
            }
            items.add(new Question(
                    item.id(),
                    String.valueOf(item.text()),
                    spec.min(),
                    spec.max(),
                    spec.labels() == null ? List.of() : spec.labels()));
        }
        return Optional.of(
                new Form(i.id(), i.title(), i.shortTitle(), i.instructions(), items, i.source(), i.licence()));
    }

    /**
     * Scores complete answers (item id to value).
     *
     * @throws InvalidAnswers naming the first item missing or out of range
     * @throws IllegalArgumentException for an unknown questionnaire
     */
    public Result score(String id, Map<String, @Nullable Integer> answers) {
        Instrument instrument = catalog.find(id).orElseThrow(() -> new IllegalArgumentException("unknown " + id));
        Score score;
        try {
            score = instrument.score(answers, "");
        } catch (InputRejectedException e) {
            var problem = e.problems().get(0);
            throw new InvalidAnswers(problem.field(), problem.message());
        }
        String band = instrument.band(score.band()).map(b -> b.label()).orElse(score.band());
        return new Result(score.total(), band, score.flags(), Map.copyOf(score.reported()));
    }
}
