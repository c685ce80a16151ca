package org.ketapath.assessment.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ketapath.assessment.domain.AnswerOption;
import org.ketapath.assessment.domain.AnswerSpec;
import org.ketapath.assessment.domain.AnswerType;
import org.ketapath.assessment.domain.Condition;
import org.ketapath.assessment.domain.Instrument;
import org.ketapath.assessment.domain.InstrumentCatalog;
import org.ketapath.assessment.domain.Item;
import org.ketapath.assessment.web.Question.Choice;

/** The questions of each step, in plain words; the questionnaire's come from its instrument definition. */
final class StepQuestions {

    /** The FDA's October 2023 warning, shown beside the at-home choice. */
    static final String AT_HOME_WARNING = "In October 2023 the FDA warned that compounded ketamine, including forms"
            + " taken by mouth at home, is not FDA-approved for any mental health condition, and that using it at home"
            + " without a clinician there adds risk, for example of slowed breathing. Ask any at-home provider how"
            + " they will keep you safe.";

    static final String AT_HOME_WARNING_SOURCE =
            "https://www.fda.gov/drugs/human-drug-compounding/fda-warns-patients-and-health-care-providers-about-potential-risks-associated-compounded-ketamine";

    private StepQuestions() {}

    static List<Question> of(FlowStep step, AssessmentDraft draft, InstrumentCatalog catalog) {
        Optional<Condition> condition = DraftIntake.condition(draft);
        Optional<Instrument> screener = DraftIntake.screener(draft, catalog);
        switch (step) {
            case ABOUT:
                return about();
            case HEADACHES:
                return HeadacheQuestions.headaches();
            case WARNING_SIGNS:
                return HeadacheQuestions.warningSigns(DraftIntake.number(draft, "ageYears"));
            case HEADACHE_HISTORY:
                return HeadacheQuestions.history();
            case QUESTIONNAIRE:
                return screener.map(StepQuestions::questionnaire).orElse(List.of());
            case SAFETY:
                return HealthQuestions.body();
            case MENTAL_HEALTH:
                boolean phq9AsksSelfHarm = screener.map(
                                i -> i.flags().stream().anyMatch(f -> f.code().equals("SELF_HARM_RISK")))
                        .orElse(false);
                return HealthQuestions.mind(
                        condition.map(c -> c != Condition.BIPOLAR_DEPRESSION).orElse(true), !phq9AsksSelfHarm);
            case MEDICINES:
                return List.of(new Question(
                        "medications",
                        Question.Kind.TEXTAREA,
                        "Which medicines do you take?",
                        "One per line, with or without the dose, for example \"Xanax 0.5 mg\". Include medicines"
                                + " for sleep, mood, pain and ADHD, and herbal remedies such as St John's wort. Leave"
                                + " it empty if you take none.",
                        List.of(),
                        0,
                        0,
                        true,
                        "",
                        null,
                        null));
            default:
                return preferences();
        }
    }

    private static List<Question> about() {
        List<Choice> conditions = Arrays.stream(Condition.values())
                .map(c -> new Choice(c.name(), c.label()))
                .toList();
        return List.of(
                Question.radio(
                        "condition",
                        "What would you like help with?",
                        null,
                        conditions,
                        "Choose what you would like help with"),
                Question.number(
                        "ageYears", "How old are you?", "Your age in years.", 0, 120, "Enter your age in years"),
                new Question(
                        "zip",
                        Question.Kind.ZIP,
                        "What is your ZIP code?",
                        "5 digits. We use it only to find providers near you.",
                        List.of(),
                        0,
                        0,
                        false,
                        "Enter your ZIP code",
                        null,
                        null));
    }

    private static List<Question> questionnaire(Instrument instrument) {
        List<Question> questions = new ArrayList<>();
        for (Item item : instrument.items()) {
            AnswerSpec spec = instrument.answerOf(item);
            String name = fieldName(instrument, item);
            String label = item.text() == null ? "Question " + item.id() : item.text();
            List<AnswerOption> options = spec.choices();
            if (spec.type() == AnswerType.INTEGER && options.isEmpty()) {
                questions.add(Question.number(
                        name, label, null, spec.min(), spec.max(), "Answer this question with a number"));
            } else {
                questions.add(Question.radio(
                        name,
                        label,
                        null,
                        options.stream()
                                .map(o -> new Choice(o.value(), o.label()))
                                .toList(),
                        "Choose an answer to this question"));
            }
        }
        return questions;
    }

    static String fieldName(Instrument instrument, Item item) {
        return instrument.id().replace('-', '_') + "_" + item.id();
    }

    private static List<Question> preferences() {
        return List.of(
                Question.radio(
                        "setting",
                        "Where would you like to be treated?",
                        null,
                        List.of(
                                new Choice("IN_CLINIC", "At a clinic"),
                                new Choice(
                                        "AT_HOME",
                                        "At home, with a provider licensed in my state",
                                        AT_HOME_WARNING,
                                        AT_HOME_WARNING_SOURCE),
                                new Choice("EITHER", "Either")),
                        "Choose where you would like to be treated"),
                Question.radio(
                                "maxDistanceMiles",
                                "How far would you travel to a clinic?",
                                "Not needed if you chose at home.",
                                List.of(
                                        new Choice("10", "Up to 10 miles"),
                                        new Choice("25", "Up to 25 miles"),
                                        new Choice("50", "Up to 50 miles"),
                                        new Choice("100", "Up to 100 miles")),
                                "Choose how far you would travel to a clinic")
                        .optional(true));
    }
}
