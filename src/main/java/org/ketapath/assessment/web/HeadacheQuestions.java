package org.ketapath.assessment.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The questions of the three headache pages, asked only for migraine. */
final class HeadacheQuestions {

    private HeadacheQuestions() {}

    static List<Question> headaches() {
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
                                + " medicines, amitriptyline or other antidepressants, CGRP medicines, Botox injections."
                                + " Include those you had to stop because of side effects.",
                        0,
                        30,
                        "Enter how many kinds of preventive treatment you have tried"),
                Question.number(
                        "triptansTried",
                        "How many different triptans have you tried without enough relief?",
                        "Triptans are migraine medicines such as sumatriptan (Imitrex), rizatriptan (Maxalt) or"
                                + " zolmitriptan (Zomig). Include those you could not take. Enter 0 if none.",
                        0,
                        30,
                        "Enter how many triptans you have tried"),
                Question.number(
                        "acuteMedicationDaysPerMonth",
                        "On how many days a month do you take medicine to stop a headache?",
                        "For example triptans or painkillers, from 0 to 31.",
                        0,
                        31,
                        "Enter on how many days a month you take headache medicine"));
    }

    /** Warning signs of a headache that needs a doctor (SNNOOP10); "after 50" only for people 50 or older. */
    static List<Question> warningSigns(@Nullable Integer age) {
        List<Question> questions = new ArrayList<>(List.of(
                Question.yesNo(
                        "thunderclap",
                        "In the last few weeks, has a headache come on suddenly and severely, reaching its worst"
                                + " within about a minute?",
                        "Sometimes called a thunderclap headache."),
                Question.yesNo(
                        "neurologicalSymptoms",
                        "In the last few weeks, have you had new weakness, numbness, trouble speaking or loss of"
                                + " vision that is not your usual migraine aura?",
                        null),
                Question.yesNo(
                        "patternChanged",
                        "Have your headaches recently changed: much more often, much worse, or different from"
                                + " usual?",
                        null)));
        if (age != null && age >= 50) {
            questions.add(Question.yesNo("newAfter50", "Did your headaches first begin after you turned 50?", null));
        }
        return questions;
    }

    static List<Question> history() {
        return List.of(
                Question.number(
                        "debilitatingDaysPerMonth",
                        "On how many of those days do headaches stop you doing your usual activities, even after"
                                + " your headache medicine?",
                        "From 0 up to your number of headache days a month.",
                        0,
                        31,
                        "Enter on how many days headaches stop your usual activities"),
                Question.number(
                        "monthsAtThisFrequency",
                        "For how many months in a row have you had about this many headache days?",
                        "For example 4, or 24 for two years.",
                        0,
                        600,
                        "Enter for how many months in a row"),
                Question.yesNo(
                        "allPreventiveClassesTried",
                        "Have you tried every kind of preventive treatment your doctors could offer you?",
                        "Including CGRP medicines and Botox injections."));
    }
}
