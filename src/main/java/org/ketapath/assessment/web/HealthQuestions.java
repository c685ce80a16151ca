package org.ketapath.assessment.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ketapath.assessment.web.Question.Choice;

/**
 * The safety questions: physical health on one page, mental health on the next. Answers that belong together
 * share one question (pregnancy and breastfeeding; high blood pressure and its control; psychosis now or in the
 * past), and the conditions to rule out are one tick list with "None of these".
 */
final class HealthQuestions {

    /** Each tick of the conditions list and the intake field it answers. */
    static final Map<String, String> CONDITIONS = conditionFields();

    private static Map<String, String> conditionFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("recentHeartAttack", "recentHeartAttackOrUnstableAngina");
        fields.put("unstableHeart", "unstableHeartDisease");
        fields.put("strokeBleedAneurysmOrAvm", "strokeBleedAneurysmOrAvm");
        fields.put("raisedPressure", "raisedIntracranialOrIntraocularPressure");
        fields.put("hyperthyroidism", "hyperthyroidism");
        fields.put("severeLiver", "severeLiverDisease");
        fields.put("moderateLiver", "moderateLiverDisease");
        fields.put("sleepApnoea", "sleepApnoea");
        fields.put("bladder", "bladderProblems");
        fields.put("ketamineAllergy", "ketamineAllergy");
        return Collections.unmodifiableMap(fields);
    }

    private HealthQuestions() {}

    static List<Question> body() {
        return List.of(
                Question.radio(
                        "pregnancy",
                        "Are you pregnant or breastfeeding?",
                        null,
                        List.of(
                                new Choice("no", "No"),
                                new Choice("pregnant", "I am pregnant, or could be"),
                                new Choice("breastfeeding", "I am breastfeeding"),
                                new Choice("both", "Both")),
                        "Choose whether you are pregnant or breastfeeding"),
                Question.bloodPressure(
                        "bloodPressure",
                        "If you know it, what was your last blood pressure reading?",
                        "For example 128 over 82. Leave both empty if you do not know it; the clinic will measure"
                                + " it."),
                Question.radio(
                        "hypertension",
                        "Have you been told you have high blood pressure?",
                        null,
                        List.of(
                                new Choice("no", "No"),
                                new Choice("controlled", "Yes, and it is under control"),
                                new Choice("uncontrolled", "Yes, and it is not under control")),
                        "Choose whether you have high blood pressure"),
                Question.checkboxes(
                        "conditions",
                        "Do you have, or have you had, any of these?",
                        "Tick all that apply.",
                        List.of(
                                new Choice(
                                        "recentHeartAttack", "A heart attack or unstable angina in the last 6 months"),
                                new Choice(
                                        "unstableHeart",
                                        "Heart disease that is not stable, such as chest pain on effort or heart"
                                                + " failure that is not under control"),
                                new Choice(
                                        "strokeBleedAneurysmOrAvm",
                                        "A stroke, bleeding in the brain, an aneurysm, or an arteriovenous"
                                                + " malformation (AVM)"),
                                new Choice(
                                        "raisedPressure",
                                        "Raised pressure inside the head or the eyes, such as glaucoma"),
                                new Choice("hyperthyroidism", "An overactive thyroid (hyperthyroidism)"),
                                new Choice("severeLiver", "Severe liver disease, such as cirrhosis"),
                                new Choice("moderateLiver", "Other liver disease, such as hepatitis"),
                                new Choice("sleepApnoea", "Sleep apnoea"),
                                new Choice("bladder", "Bladder pain, or cystitis that keeps coming back"),
                                new Choice("ketamineAllergy", "An allergic reaction to ketamine or esketamine"),
                                new Choice(Question.NONE, "None of these")),
                        "Tick the conditions you have, or \"None of these\""));
    }

    static List<Question> mind(boolean askMania, boolean askSelfHarm) {
        List<Question> questions = new ArrayList<>();
        questions.add(Question.radio(
                "psychosis",
                "Have you ever had psychosis?",
                "Seeing or hearing things others do not, or losing touch with reality; or a diagnosis such as"
                        + " schizophrenia.",
                List.of(
                        new Choice("no", "No"),
                        new Choice("past", "Yes, in the past"),
                        new Choice("now", "Yes, I have it now")),
                "Choose whether you have had psychosis"));
        if (askMania) {
            questions.add(Question.yesNo(
                    "maniaOrHypomaniaHistory",
                    "Have you ever had an episode of mania or hypomania?",
                    "Days of unusually high or irritable mood and energy with little need for sleep, as in"
                            + " bipolar disorder."));
        }
        questions.add(
                Question.yesNo("substanceUseDisorder", "Do you currently have a problem with alcohol or drugs?", null));
        questions.add(Question.yesNo(
                "dissociativeMisuseHistory",
                "Have you ever used ketamine, or a drug like it, other than as prescribed?",
                "For example ketamine, PCP, or large amounts of cough medicine with dextromethorphan (DXM)."));
        if (askSelfHarm) {
            questions.add(Question.yesNo(
                    "selfHarmThoughts",
                    "Over the last 2 weeks, have you had thoughts that you would be better off dead, or of hurting"
                            + " yourself?",
                    "If you answer yes, we will show you where to get support straight away."));
        }
        return questions;
    }
}
