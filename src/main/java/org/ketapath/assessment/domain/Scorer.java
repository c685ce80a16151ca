package org.ketapath.assessment.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The one scoring engine for every instrument definition: check each answer, sum, band, flag, report. */
final class Scorer {

    private Scorer() {}

    static Score score(Instrument instrument, @Nullable Map<String, ?> answers, String prefix) {
        if (answers == null) {
            String field = prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
            throw new InputRejectedException(field, "is required");
        }
        List<InputProblem> problems = new ArrayList<>();
        Map<String, Integer> points = new LinkedHashMap<>();
        for (Item item : instrument.items()) {
            AnswerSpec spec = instrument.answerOf(item);
            String field = prefix + item.id();
            if (!answers.containsKey(item.id()) || answers.get(item.id()) == null) {
                problems.add(new InputProblem(field, "is required"));
                continue;
            }
            Object answer = answers.get(item.id());
            Optional<Integer> value = spec.points(answer);
            if (value.isPresent()) {
                points.put(item.id(), value.get());
            } else {
                problems.add(new InputProblem(
                        field,
                        spec.hasType(answer) ? spec.expectation() : "has the wrong type: " + spec.expectation()));
            }
        }
        for (String key : answers.keySet()) {
            if (instrument.item(key).isEmpty()) {
                problems.add(new InputProblem(prefix + safeKey(key), "is not an item of " + instrument.id()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputRejectedException(problems);
        }
        return tally(instrument, points);
    }

    private static Score tally(Instrument instrument, Map<String, Integer> points) {
        int total = 0;
        Map<String, Integer> reported = new LinkedHashMap<>();
        for (Item item : instrument.items()) {
            int value = points.get(item.id());
            if (item.countsInTotal()) {
                total += value;
            }
            if (item.reportAs() != null) {
                reported.put(item.reportAs(), value);
            }
        }
        final int sum = total;
        String band = instrument.bands().stream()
                .filter(b -> b.contains(sum))
                .findFirst()
                .map(Band::id)
                .orElseThrow(() -> new IllegalStateException("bands of " + instrument.id() + " miss " + sum));
        List<String> flags = instrument.flags().stream()
                .filter(flag -> points.get(flag.item()) >= flag.atLeast())
                .map(FlagRule::code)
                .distinct()
                .toList();
        return new Score(instrument.id(), total, band, flags, reported);
    }

    /** An unknown key is named in the problem only when it is a plain identifier, so markup is never echoed. */
    private static String safeKey(String key) {
        return key.matches("[A-Za-z0-9_-]{1,40}") ? key : "(unknown item)";
    }
}
