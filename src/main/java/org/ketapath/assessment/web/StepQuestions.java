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
import org.ketapath.assessment.domain.Item;
import org.ketapath.assessment.web.Question.Choice;

/** The questions of each step, in plain words; the questionnaire's come from its instrument definition. */
final class StepQuestions {

    private StepQuestions() {}

    static List<Question> of(FlowStep step, Optional<Condition> condition, Optional<Instrument> screener) {
        switch (step) {
            case ABOUT:
                return about();
            case HEADACHES:
                return headaches();
            case QUESTIONNAIRE:
                return screener.map(StepQuestions::questionnaire).orElse(List.of());
            case SAFETY:
                return safety(screener.map(
                                i -> i.flags().stream().noneMatch(f -> f.code().equals("SELF_HARM_RISK")))
                        .orElse(true));
            case MEDICINES:
                return List.of(new Question(
                        "medications",
                        Question.Kind.TEXTAREA,
                        "Which medicines do you take?",
                        "One per line, with or without the dose, for example \"Xanax 0.5 mg\". Include medicines"
                                + " for sleep, mood, pain and ADHD. Leave it empty if you take none.",
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

    private static List<Question> headaches() {
        return List.of(
                Question.number(
                        "headacheDaysPerMonth",
                        "On how many days a month do you have a headache?",
                        "On average over the last 3 months, from 0 to 31.",
                        0,
                        31,
                        "Enter how many headache days you have a month"),
                Question.number(
                        "averagePain",
                        "How bad is the pain, on average?",
                        "From 0 (no pain) to 10 (pain as bad as it can be).",
                        0,
                        10,
                        "Enter how bad the pain is, from 0 to 10"),
                Question.number(
                        "preventiveClassesTried",
                        "How many kinds of preventive treatment have you tried without enough relief?",
                        "Count kinds, not brands: for example beta blockers, topiramate or other anti-seizure"
                                + " medicines, amitriptyline or other antidepressants, CGRP medicines, Botox injections.",
                        0,
                        30,
                        "Enter how many kinds of preventive treatment you have tried"),
                Question.number(
                        "acuteMedicationDaysPerMonth",
                        "On how many days a month do you take medicine to stop a headache?",
                        "For example triptans or painkillers, from 0 to 31.",
                        0,
                        31,
                        "Enter on how many days a month you take headache medicine"));
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

    private static List<Question> safety(boolean askSelfHarm) {
        List<Question> questions = new ArrayList<>(List.of(
                Question.yesNo("pregnant", "Are you pregnant, or could you be?", null),
                Question.yesNo(
                        "uncontrolledHypertension", "Do you have high blood pressure that is not under control?", null),
                Question.yesNo(
                        "unstableHeartDisease",
                        "Do you have heart disease that is not stable?",
                        "For example chest pain on effort, a recent heart attack, or heart failure that is not under"
                                + " control."),
                Question.yesNo(
                        "psychosisHistory",
                        "Have you ever had psychosis?",
                        "Seeing or hearing things others do not, or losing touch with reality; or a diagnosis such as"
                                + " schizophrenia."),
                Question.yesNo("substanceUseDisorder", "Do you currently have a problem with alcohol or drugs?", null),
                Question.yesNo("severeLiverDisease", "Do you have severe liver disease, such as cirrhosis?", null),
                Question.yesNo(
                        "raisedIntracranialOrIntraocularPressure",
                        "Have you been told you have raised pressure inside your head or your eyes?",
                        "For example glaucoma, or pressure in the head after an injury or a tumour.")));
        if (askSelfHarm) {
            questions.add(Question.yesNo(
                    "selfHarmThoughts",
                    "Over the last 2 weeks, have you had thoughts that you would be better off dead, or of hurting"
                            + " yourself?",
                    "If you answer yes, we will show you where to get support straight away."));
        }
        return questions;
    }

    private static List<Question> preferences() {
        return List.of(
                Question.radio(
                        "setting",
                        "Where would you like to be treated?",
                        null,
                        List.of(
                                new Choice("IN_CLINIC", "At a clinic"),
                                new Choice("AT_HOME", "At home, with a provider licensed in my state"),
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
