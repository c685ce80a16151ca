package org.ketapath.assessment.domain;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How one item is answered and scored. {@code integer}: whole numbers {@code min..max}, points = the value
 * ({@code labels}, when given, name each value from min up). {@code choice}: one of {@code options}, each
 * with its points. {@code boolean}: true/false worth {@code yesPoints}/{@code noPoints}.
 */
public record AnswerSpec(
        AnswerType type,
        @Nullable Integer min,
        @Nullable Integer max,
        @Nullable List<String> labels,
        @Nullable List<AnswerOption> options,
        @Nullable Integer yesPoints,
        @Nullable Integer noPoints) {

    /** The points for an answer as sent in JSON, or empty when it has the wrong type or is out of range. */
    Optional<Integer> points(@Nullable Object answer) {
        if (type == AnswerType.INTEGER) {
            if (!(answer instanceof Integer || answer instanceof Long || answer instanceof BigInteger)) {
                return Optional.empty();
            }
            long value = answer instanceof BigInteger big
                    ? (big.bitLength() < 63 ? big.longValue() : Long.MAX_VALUE)
                    : ((Number) answer).longValue();
            return value < min() || value > max() ? Optional.empty() : Optional.of((int) value);
        }
        if (type == AnswerType.CHOICE) {
            return answer instanceof String text
                    ? options().stream()
                            .filter(o -> o.value().equals(text))
                            .map(AnswerOption::points)
                            .findFirst()
                    : Optional.empty();
        }
        return answer instanceof Boolean yes ? Optional.of(yes ? yesPoints() : noPoints()) : Optional.empty();
    }

    /** Whether a JSON value has the type this item takes (whatever its range). */
    boolean hasType(@Nullable Object answer) {
        if (type == AnswerType.INTEGER) {
            return answer instanceof Integer || answer instanceof Long || answer instanceof BigInteger;
        }
        return type == AnswerType.CHOICE ? answer instanceof String : answer instanceof Boolean;
    }

    /** A form field's text as the JSON value this item takes, or the text itself when it does not parse. */
    public @Nullable Object fromForm(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        if (type == AnswerType.INTEGER) {
            return value.matches("-?\\d{1,9}") ? (Object) Integer.valueOf(value) : value;
        }
        if (type == AnswerType.BOOLEAN) {
            return "yes".equals(value) || "true".equals(value)
                    ? Boolean.TRUE
                    : "no".equals(value) || "false".equals(value) ? Boolean.FALSE : value;
        }
        return value;
    }

    /** The choices a page offers: value and label, in order. */
    public List<AnswerOption> choices() {
        if (type == AnswerType.CHOICE) {
            return options();
        }
        if (type == AnswerType.BOOLEAN) {
            return List.of(new AnswerOption("yes", "Yes", yesPoints()), new AnswerOption("no", "No", noPoints()));
        }
        List<AnswerOption> choices = new ArrayList<>();
        List<String> names = labels();
        for (int value = min(); value <= max() && names != null; value++) {
            choices.add(new AnswerOption(String.valueOf(value), names.get(value - min()), value));
        }
        return choices;
    }

    public int minPoints() {
        if (type == AnswerType.INTEGER) {
            return min();
        }
        return type == AnswerType.CHOICE
                ? options().stream().mapToInt(AnswerOption::points).min().orElse(0)
                : Math.min(yesPoints(), noPoints());
    }

    public int maxPoints() {
        if (type == AnswerType.INTEGER) {
            return max();
        }
        return type == AnswerType.CHOICE
                ? options().stream().mapToInt(AnswerOption::points).max().orElse(0)
                : Math.max(yesPoints(), noPoints());
    }

    /** What a valid answer looks like, for error messages. */
    String expectation() {
        if (type == AnswerType.INTEGER) {
            return "must be a whole number from " + min() + " to " + max();
        }
        if (type == AnswerType.CHOICE) {
            return "must be one of "
                    + String.join(
                            ", ", options().stream().map(AnswerOption::value).toList());
        }
        return "must be true or false";
    }

    @Override
    public Integer min() {
        return min == null ? 0 : min;
    }

    @Override
    public Integer max() {
        return max == null ? 0 : max;
    }

    @Override
    public List<AnswerOption> options() {
        return options == null ? List.of() : options;
    }

    @Override
    public Integer yesPoints() {
        return yesPoints == null ? 1 : yesPoints;
    }

    @Override
    public Integer noPoints() {
        return noPoints == null ? 0 : noPoints;
    }
}
