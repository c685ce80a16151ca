package org.ketapath.assessment.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One question on a page of the assessment flow, with what the person already answered and what is wrong
 * with it. The template renders every kind the same accessible way.
 */
public record Question(
        String name,
        Kind kind,
        String label,
        @Nullable String hint,
        List<Choice> choices,
        int min,
        int max,
        boolean optional,
        String requiredMessage,
        @Nullable String value,
        @Nullable String error) {

    public enum Kind {
        RADIO,
        NUMBER,
        ZIP,
        TEXTAREA
    }

    public record Choice(String value, String label) {}

    static Question radio(String name, String label, @Nullable String hint, List<Choice> choices, String required) {
        return new Question(name, Kind.RADIO, label, hint, choices, 0, 0, false, required, null, null);
    }

    static Question number(String name, String label, @Nullable String hint, int min, int max, String required) {
        return new Question(name, Kind.NUMBER, label, hint, List.of(), min, max, false, required, null, null);
    }

    static Question yesNo(String name, String label, @Nullable String hint) {
        return radio(name, label, hint, List.of(new Choice("yes", "Yes"), new Choice("no", "No")), "Choose yes or no");
    }

    Question with(@Nullable String newValue, @Nullable String newError) {
        return new Question(name, kind, label, hint, choices, min, max, optional, requiredMessage, newValue, newError);
    }

    Question optional(boolean isOptional) {
        return new Question(name, kind, label, hint, choices, min, max, isOptional, requiredMessage, value, error);
    }

    /** The id of the element an error summary link points at: the input, or a radio group's first option. */
    public String anchor() {
        return kind == Kind.RADIO ? "f-" + name + "-0" : "f-" + name;
    }

    public String inputId() {
        return "f-" + name;
    }

    /** The ids that describe the input: its hint and its error, when present. */
    @Nullable
    public String describedBy() {
        String ids = (hint != null ? "h-" + name + " " : "") + (error != null ? "e-" + name : "");
        return ids.isBlank() ? null : ids.trim();
    }

    public boolean checked(String choice) {
        return choice.equals(value);
    }

    /** What is wrong with a value, or null when it is acceptable. */
    @Nullable
    String problemWith(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return optional ? null : requiredMessage;
        }
        String v = text.trim();
        switch (kind) {
            case RADIO:
                return choices.stream().anyMatch(c -> c.value().equals(v)) ? null : requiredMessage;
            case NUMBER:
                return v.matches("\\d{1,4}") && Integer.parseInt(v) >= min && Integer.parseInt(v) <= max
                        ? null
                        : "Enter a whole number from " + min + " to " + max;
            case ZIP:
                return v.matches("\\d{5}") ? null : "Enter a ZIP code of 5 digits, like 19107";
            default:
                List<String> lines = DraftIntake.lines(v);
                return lines.size() <= 40 && lines.stream().allMatch(l -> l.length() <= 120)
                        ? null
                        : "List at most 40 medicines, one per line, each under 120 characters";
        }
    }
}
