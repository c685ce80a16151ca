package org.ketapath.assessment.web;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ketapath.assessment.domain.Condition;
import org.ketapath.assessment.domain.Instrument;
import org.ketapath.assessment.domain.InstrumentCatalog;
import org.ketapath.assessment.domain.Intake;
import org.ketapath.assessment.domain.Item;
import org.ketapath.assessment.domain.MigraineCriteria;
import org.ketapath.assessment.domain.Setting;

/**
 * Reads the form answers of a draft as the intake the API takes, so pages and API share every rule. Only the
 * questions on this person's path count: an answer left in the draft from a question that no longer applies
 * (say, after going back and changing the age) is not sent.
 */
final class DraftIntake {

    private DraftIntake() {}

    static Optional<Condition> condition(AssessmentDraft draft) {
        String value = draft.get("condition");
        return Arrays.stream(Condition.values())
                .filter(c -> c.name().equals(value))
                .findFirst();
    }

    static Optional<Instrument> screener(AssessmentDraft draft, InstrumentCatalog catalog) {
        return condition(draft).flatMap(c -> catalog.find(c.screener()));
    }

    /** The steps of this person's path, given the answers so far. */
    static List<FlowStep> path(AssessmentDraft draft) {
        Optional<Condition> condition = condition(draft);
        boolean history = condition.isEmpty()
                || condition.get() == Condition.MIGRAINE
                        && MigraineCriteria.detailCanApply(
                                number(draft, "headacheDaysPerMonth"),
                                number(draft, "preventiveClassesTried"),
                                number(draft, "triptansTried"));
        return FlowStep.path(condition, history);
    }

    static Intake of(AssessmentDraft draft, InstrumentCatalog catalog) {
        Answers a = new Answers(draft, asked(draft, catalog));
        Optional<Condition> condition = condition(draft);
        boolean migraine = condition.isPresent() && condition.get() == Condition.MIGRAINE;
        Map<String, @Nullable Map<String, @Nullable Object>> screens = new LinkedHashMap<>();
        screener(draft, catalog).ifPresent(instrument -> {
            Map<String, @Nullable Object> answers = new LinkedHashMap<>();
            for (Item item : instrument.items()) {
                answers.put(
                        item.id(),
                        instrument.answerOf(item).fromForm(a.get(StepQuestions.fieldName(instrument, item))));
            }
            screens.put(instrument.id(), answers);
        });
        String setting = a.get("setting");
        return new Intake(
                condition.orElse(null),
                a.number("ageYears"),
                a.get("zip"),
                migraine ? migraine(a) : null,
                screens,
                List.copyOf(lines(a.get("medications"))),
                safety(a),
                new Intake.Preferences(
                        Arrays.stream(Setting.values())
                                .filter(s -> s.name().equals(setting))
                                .findFirst()
                                .orElse(null),
                        "AT_HOME".equals(setting) ? null : a.number("maxDistanceMiles")),
                migraine
                        ? new Intake.RedFlags(
                                a.yes("thunderclap"),
                                a.yes("newAfter50"),
                                a.yes("neurologicalSymptoms"),
                                a.yes("patternChanged"))
                        : null);
    }

    private static Intake.Migraine migraine(Answers a) {
        return new Intake.Migraine(
                a.number("headacheDaysPerMonth"),
                a.number("averagePain"),
                a.number("preventiveClassesTried"),
                a.number("acuteMedicationDaysPerMonth"),
                a.number("monthsAtThisFrequency"),
                a.number("debilitatingDaysPerMonth"),
                a.yes("allPreventiveClassesTried"),
                a.number("triptansTried"));
    }

    private static Intake.Safety safety(Answers a) {
        String pregnancy = a.get("pregnancy");
        String hypertension = a.get("hypertension");
        String psychosis = a.get("psychosis");
        return new Intake.Safety(
                is(pregnancy, "pregnant", "both"),
                is(hypertension, "uncontrolled"),
                is(psychosis, "past", "now"),
                a.yes("substanceUseDisorder"),
                a.ticked("conditions", "severeLiver"),
                a.ticked("conditions", "raisedPressure"),
                a.ticked("conditions", "unstableHeart"),
                a.yes("selfHarmThoughts"),
                bloodPressure(a.get("bloodPressure")),
                is(hypertension, "controlled", "uncontrolled"),
                is(psychosis, "now"),
                a.ticked("conditions", "recentHeartAttack"),
                a.ticked("conditions", "ketamineAllergy"),
                a.yes("maniaOrHypomaniaHistory"),
                a.ticked("conditions", "strokeBleedAneurysmOrAvm"),
                a.ticked("conditions", "hyperthyroidism"),
                a.ticked("conditions", "bladder"),
                a.yes("dissociativeMisuseHistory"),
                is(pregnancy, "breastfeeding", "both"),
                a.ticked("conditions", "moderateLiver"),
                a.ticked("conditions", "sleepApnoea"));
    }

    /** The names of the questions asked on this person's path. */
    private static Set<String> asked(AssessmentDraft draft, InstrumentCatalog catalog) {
        Set<String> names = new HashSet<>();
        for (FlowStep step : path(draft)) {
            StepQuestions.of(step, draft, catalog).forEach(q -> names.add(q.name()));
        }
        return names;
    }

    private static Intake.@Nullable BloodPressure bloodPressure(@Nullable String reading) {
        if (reading == null) {
            return null;
        }
        String[] parts = reading.split("/", -1);
        return new Intake.BloodPressure(parse(parts[0]), parts.length > 1 ? parse(parts[1]) : null);
    }

    private static @Nullable Boolean is(@Nullable String answer, String... meaningYes) {
        return answer == null ? null : Arrays.asList(meaningYes).contains(answer);
    }

    /** The non-empty lines of a text area, trimmed. */
    static List<String> lines(@Nullable String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R"))
                .map(String::trim)
                .filter(l -> !l.isEmpty())
                .toList();
    }

    static @Nullable Integer number(AssessmentDraft draft, String key) {
        return parse(draft.get(key));
    }

    private static @Nullable Integer parse(@Nullable String value) {
        return value != null && value.matches("\\d{1,4}") ? Integer.valueOf(value) : null;
    }

    /** The draft's answers to the questions asked. */
    private record Answers(AssessmentDraft draft, Set<String> asked) {

        @Nullable
        String get(String name) {
            return asked.contains(name) ? draft.get(name) : null;
        }

        @Nullable
        Integer number(String name) {
            return parse(get(name));
        }

        @Nullable
        Boolean yes(String name) {
            String value = get(name);
            return value == null ? null : "yes".equals(value);
        }

        @Nullable
        Boolean ticked(String name, String choice) {
            String value = get(name);
            return value == null ? null : Arrays.asList(value.split(",")).contains(choice);
        }
    }
}
