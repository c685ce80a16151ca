package org.ketapath.assessment.web;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * One question on a page of the assessment flow, with what the person already answered and what is wrong
 * with it. The template renders every kind the same accessible way. A tick list ({@link Kind#CHECKBOXES}) keeps
 * its ticked values comma-separated and needs at least one tick, its last choice being an exclusive "None of
 * these"; a blood pressure ({@link Kind#BLOOD_PRESSURE}) keeps "systolic/diastolic" and may be left empty.
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
        CHECKBOXES,
        NUMBER,
        ZIP,
        TEXTAREA,
        BLOOD_PRESSURE
    }

    /** The value of the exclusive last choice of a tick list. */
    static final String NONE = "none";

    /**
     * An answer option; {@code hint} is shown beside it (for example a warning about that choice), with a link to
     * {@code hintSource} when there is one.
     */
    public record Choice(
            String value,
            String label,
            @Nullable String hint,
            @Nullable String hintSource) {

        public Choice(String value, String label) {
            this(value, label, null, null);
        }
    }

    static Question radio(String name, String label, @Nullable String hint, List<Choice> choices, String required) {
        return new Question(name, Kind.RADIO, label, hint, choices, 0, 0, false, required, null, null);
    }

    static Question checkboxes(
            String name, String label, @Nullable String hint, List<Choice> choices, String required) {
        return new Question(name, Kind.CHECKBOXES, label, hint, choices, 0, 0, false, required, null, null);
    }

    static Question number(String name, String label, @Nullable String hint, int min, int max, String required) {
        return new Question(name, Kind.NUMBER, label, hint, List.of(), min, max, false, required, null, null);
    }

    static Question yesNo(String name, String label, @Nullable String hint) {
        return radio(name, label, hint, List.of(new Choice("yes", "Yes"), new Choice("no", "No")), "Choose yes or no");
    }

    static Question bloodPressure(String name, String label, String hint) {
        return new Question(name, Kind.BLOOD_PRESSURE, label, hint, List.of(), 0, 0, true, "", null, null);
    }

    Question with(@Nullable String newValue, @Nullable String newError) {
        return new Question(name, kind, label, hint, choices, min, max, optional, requiredMessage, newValue, newError);
    }

    Question optional(boolean isOptional) {
        return new Question(name, kind, label, hint, choices, min, max, isOptional, requiredMessage, value, error);
    }

    /** The answer as the form sent it: ticks joined by commas, a blood pressure as "systolic/diastolic". */
    @Nullable
    String fromForm(MultiValueMap<String, String> form) {
        switch (kind) {
            case CHECKBOXES:
                List<String> ticked = form.getOrDefault(name, List.of()).stream()
                        .filter(v -> v != null && !v.isBlank())
                        .map(String::trim)
                        .toList();
                return ticked.isEmpty() ? null : String.join(",", ticked);
            case BLOOD_PRESSURE:
                String systolic = blankToEmpty(form.getFirst(name + "Systolic"));
                String diastolic = blankToEmpty(form.getFirst(name + "Diastolic"));
                return systolic.isEmpty() && diastolic.isEmpty() ? null : systolic + "/" + diastolic;
            default:
                return form.getFirst(name);
        }
    }

    /** The id of the element an error summary link points at: the first input of the question. */
    public String anchor() {
        switch (kind) {
            case RADIO, CHECKBOXES:
                return "f-" + name + "-0";
            case BLOOD_PRESSURE:
                return "f-" + name + "Systolic";
            default:
                return "f-" + name;
        }
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
        if (value == null) {
            return false;
        }
        return kind == Kind.CHECKBOXES ? ticked().contains(choice) : choice.equals(value);
    }

    /** The ticked values of a tick list. */
    List<String> ticked() {
        return value == null ? List.of() : Arrays.asList(value.split(","));
    }

    /** Part {@code i} of a blood pressure answer (0 systolic, 1 diastolic), for showing it again. */
    public String part(int i) {
        if (value == null) {
            return "";
        }
        String[] parts = value.split("/", -1);
        return i < parts.length ? parts[i] : "";
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
            case CHECKBOXES:
                return tickProblem(Arrays.asList(v.split(",")));
            case NUMBER:
                return isNumberIn(v, min, max) ? null : "Enter a whole number from " + min + " to " + max;
            case ZIP:
                return v.matches("\\d{5}") ? null : "Enter a ZIP code of 5 digits, like 19107";
            case BLOOD_PRESSURE:
                return bloodPressureProblem(v);
            default:
                List<String> lines = DraftIntake.lines(v);
                return lines.size() <= 40 && lines.stream().allMatch(l -> l.length() <= 120)
                        ? null
                        : "List at most 40 medicines, one per line, each under 120 characters";
        }
    }

    private @Nullable String tickProblem(List<String> ticked) {
        if (!ticked.stream()
                .allMatch(t -> choices.stream().anyMatch(c -> c.value().equals(t)))) {
            return requiredMessage;
        }
        if (ticked.contains(NONE) && ticked.size() > 1) {
            return "Tick the conditions you have, or \"None of these\", not both";
        }
        return null;
    }

    private static @Nullable String bloodPressureProblem(String v) {
        String[] parts = v.split("/", -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            return "Enter both numbers of the reading, or leave both empty";
        }
        if (!isNumberIn(parts[0], 50, 300) || !isNumberIn(parts[1], 30, 200)) {
            return "Enter the reading as two whole numbers, like 128 over 82";
        }
        if (Integer.parseInt(parts[0]) <= Integer.parseInt(parts[1])) {
            return "The first (top) number is higher than the second: enter it first, like 128 over 82";
        }
        return null;
    }

    private static boolean isNumberIn(String v, int min, int max) {
        return v.matches("\\d{1,4}") && Integer.parseInt(v) >= min && Integer.parseInt(v) <= max;
    }

    private static String blankToEmpty(@Nullable String s) {
        return s == null ? "" : s.trim();
    }
}
