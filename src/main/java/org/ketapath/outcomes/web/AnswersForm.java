package org.ketapath.outcomes.web;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ketapath.assessment.Questionnaires;

/** A questionnaire page's answers: PHQ-9 q1-q9, GAD-7 q1-q7, MIDAS q1-q5, a and b (whole numbers). */
record AnswersForm(
        @Nullable Integer q1,
        @Nullable Integer q2,
        @Nullable Integer q3,
        @Nullable Integer q4,
        @Nullable Integer q5,
        @Nullable Integer q6,
        @Nullable Integer q7,
        @Nullable Integer q8,
        @Nullable Integer q9,
        @Nullable Integer a,
        @Nullable Integer b) {

    /** The answers to this questionnaire's items (missing ones as null, which scoring names). */
    Map<String, @Nullable Integer> answersTo(Questionnaires.Form form) {
        Map<String, @Nullable Integer> all = new HashMap<>();
        all.put("q1", q1);
        all.put("q2", q2);
        all.put("q3", q3);
        all.put("q4", q4);
        all.put("q5", q5);
        all.put("q6", q6);
        all.put("q7", q7);
        all.put("q8", q8);
        all.put("q9", q9);
        all.put("a", a);
        all.put("b", b);
        Map<String, @Nullable Integer> out = new HashMap<>();
        form.items().forEach(i -> out.put(i.id(), all.get(i.id())));
        return out;
    }

    /** The answer given to an item, for showing the form again. */
    @Nullable
    public Integer get(String item) {
        return switch (item) {
            case "q1" -> q1;
            case "q2" -> q2;
            case "q3" -> q3;
            case "q4" -> q4;
            case "q5" -> q5;
            case "q6" -> q6;
            case "q7" -> q7;
            case "q8" -> q8;
            case "q9" -> q9;
            case "a" -> a;
            case "b" -> b;
            default -> null;
        };
    }

    static AnswersForm empty() {
        return new AnswersForm(null, null, null, null, null, null, null, null, null, null, null);
    }
}
