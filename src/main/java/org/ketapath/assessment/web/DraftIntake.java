package org.ketapath.assessment.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ketapath.assessment.domain.Condition;
import org.ketapath.assessment.domain.Instrument;
import org.ketapath.assessment.domain.InstrumentCatalog;
import org.ketapath.assessment.domain.Intake;
import org.ketapath.assessment.domain.Item;
import org.ketapath.assessment.domain.Setting;

/** Reads the form answers of a draft as the intake the API takes, so pages and API share every rule. */
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

    static Intake of(AssessmentDraft draft, InstrumentCatalog catalog) {
        Optional<Condition> condition = condition(draft);
        Intake.Migraine migraine = condition.isPresent() && condition.get() == Condition.MIGRAINE
                ? new Intake.Migraine(
                        number(draft, "headacheDaysPerMonth"),
                        number(draft, "averagePain"),
                        number(draft, "preventiveClassesTried"),
                        number(draft, "acuteMedicationDaysPerMonth"))
                : null;
        Map<String, @Nullable Map<String, @Nullable Object>> screens = new LinkedHashMap<>();
        screener(draft, catalog).ifPresent(instrument -> {
            Map<String, @Nullable Object> answers = new LinkedHashMap<>();
            for (Item item : instrument.items()) {
                answers.put(
                        item.id(),
                        instrument.answerOf(item).fromForm(draft.get(StepQuestions.fieldName(instrument, item))));
            }
            screens.put(instrument.id(), answers);
        });
        String setting = draft.get("setting");
        return new Intake(
                condition.orElse(null),
                number(draft, "ageYears"),
                draft.get("zip"),
                migraine,
                screens,
                List.copyOf(lines(draft.get("medications"))),
                new Intake.Safety(
                        yes(draft, "pregnant"),
                        yes(draft, "uncontrolledHypertension"),
                        yes(draft, "psychosisHistory"),
                        yes(draft, "substanceUseDisorder"),
                        yes(draft, "severeLiverDisease"),
                        yes(draft, "raisedIntracranialOrIntraocularPressure"),
                        yes(draft, "unstableHeartDisease"),
                        yes(draft, "selfHarmThoughts")),
                new Intake.Preferences(
                        Arrays.stream(Setting.values())
                                .filter(s -> s.name().equals(setting))
                                .findFirst()
                                .orElse(null),
                        "AT_HOME".equals(setting) ? null : number(draft, "maxDistanceMiles")));
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

    private static @Nullable Integer number(AssessmentDraft draft, String key) {
        String value = draft.get(key);
        return value != null && value.matches("\\d{1,4}") ? Integer.valueOf(value) : null;
    }

    private static @Nullable Boolean yes(AssessmentDraft draft, String key) {
        String value = draft.get(key);
        return value == null ? null : "yes".equals(value);
    }
}
