package org.ketapath.assessment.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Which questions apply to this person and were not answered. Safety questions and headache warning signs not
 * answered keep a result from being LIKELY_CANDIDATE; the others are only listed.
 */
final class UnansweredQuestions {

    /** A question, when it applies, and how to read its answer from the facts. */
    private record Asked(
            String field, String question, Predicate<Facts> applies, Function<Facts, @Nullable Object> answer) {}

    private static final Predicate<Facts> ALWAYS = f -> true;
    private static final Predicate<Facts> MIGRAINE = f -> f.condition() == Condition.MIGRAINE;

    private static final List<Asked> SAFETY = List.of(
            // The first eight are required by the intake validator; listed here too so that no path skips them.
            safety("pregnant", "Are you pregnant, or could you be?", ALWAYS, Intake.Safety::pregnant),
            safety(
                    "uncontrolledHypertension",
                    "Is your high blood pressure under control?",
                    ALWAYS,
                    Intake.Safety::uncontrolledHypertension),
            safety("psychosisHistory", "Have you had psychosis in the past?", ALWAYS, Intake.Safety::psychosisHistory),
            safety(
                    "substanceUseDisorder",
                    "Do you currently have a problem with alcohol or drugs?",
                    ALWAYS,
                    Intake.Safety::substanceUseDisorder),
            safety("severeLiverDisease", "Severe liver disease?", ALWAYS, Intake.Safety::severeLiverDisease),
            safety(
                    "raisedIntracranialOrIntraocularPressure",
                    "Raised pressure inside the head or the eyes?",
                    ALWAYS,
                    Intake.Safety::raisedIntracranialOrIntraocularPressure),
            safety(
                    "unstableHeartDisease",
                    "Heart disease that is not stable?",
                    ALWAYS,
                    Intake.Safety::unstableHeartDisease),
            safety(
                    "selfHarmThoughts",
                    "In the last 2 weeks, thoughts that you would be better off dead, or of hurting yourself?",
                    f -> !f.hasScreen("phq-9"),
                    Intake.Safety::selfHarmThoughts),
            safety(
                    "knownHypertension",
                    "Have you been told you have high blood pressure?",
                    ALWAYS,
                    Intake.Safety::knownHypertension),
            safety(
                    "recentHeartAttackOrUnstableAngina",
                    "A heart attack or unstable angina in the last 6 months?",
                    ALWAYS,
                    Intake.Safety::recentHeartAttackOrUnstableAngina),
            safety(
                    "strokeBleedAneurysmOrAvm",
                    "A stroke, bleeding in the brain, an aneurysm or an arteriovenous malformation?",
                    ALWAYS,
                    Intake.Safety::strokeBleedAneurysmOrAvm),
            safety(
                    "hyperthyroidism",
                    "An overactive thyroid (hyperthyroidism)?",
                    ALWAYS,
                    Intake.Safety::hyperthyroidism),
            safety(
                    "moderateLiverDisease",
                    "Liver disease that is not severe?",
                    ALWAYS,
                    Intake.Safety::moderateLiverDisease),
            safety("sleepApnoea", "Sleep apnoea?", ALWAYS, Intake.Safety::sleepApnoea),
            safety("bladderProblems", "Bladder pain or cystitis?", ALWAYS, Intake.Safety::bladderProblems),
            safety("ketamineAllergy", "An allergy to ketamine or esketamine?", ALWAYS, Intake.Safety::ketamineAllergy),
            safety("breastfeeding", "Are you breastfeeding?", ALWAYS, Intake.Safety::breastfeeding),
            safety("activePsychosis", "Do you have psychosis now?", ALWAYS, Intake.Safety::activePsychosis),
            safety(
                    "maniaOrHypomaniaHistory",
                    "Have you ever had mania or hypomania?",
                    Facts::asksAboutMania,
                    Intake.Safety::maniaOrHypomaniaHistory),
            safety(
                    "dissociativeMisuseHistory",
                    "Have you ever misused ketamine or a similar drug?",
                    ALWAYS,
                    Intake.Safety::dissociativeMisuseHistory),
            redFlag(
                    "thunderclap",
                    "Have you had a sudden, severe (thunderclap) headache?",
                    MIGRAINE,
                    Intake.RedFlags::thunderclap),
            redFlag(
                    "neurologicalSymptoms",
                    "New weakness, or loss of speech or vision, that is not your usual aura?",
                    MIGRAINE,
                    Intake.RedFlags::neurologicalSymptoms),
            redFlag(
                    "patternChanged",
                    "Have your headaches changed recently?",
                    MIGRAINE,
                    Intake.RedFlags::patternChanged),
            redFlag(
                    "newAfter50",
                    "Did your headaches begin after the age of 50?",
                    MIGRAINE.and(Facts::asksAboutNewAfter50),
                    Intake.RedFlags::newAfter50));

    private static final List<Asked> OTHERS = List.of(
            migraine("triptansTried", "How many triptans have you tried?", f -> true, Intake.Migraine::triptansTried),
            migraine(
                    "debilitatingDaysPerMonth",
                    "On how many days a month do headaches stop you doing your usual activities?",
                    UnansweredQuestions::detailApplies,
                    Intake.Migraine::debilitatingDaysPerMonth),
            migraine(
                    "monthsAtThisFrequency",
                    "For how many months in a row have you had this many headaches?",
                    UnansweredQuestions::detailApplies,
                    Intake.Migraine::monthsAtThisFrequency),
            migraine(
                    "allPreventiveClassesTried",
                    "Have you tried every kind of preventive treatment available?",
                    UnansweredQuestions::detailApplies,
                    Intake.Migraine::allPreventiveClassesTried),
            new Asked(
                    "screens.id-migraine",
                    "The three ID Migraine questions",
                    Facts::hasMigraine,
                    f -> f.hasScreen("id-migraine") ? Boolean.TRUE : null),
            new Asked(
                    "safety.bloodPressure",
                    "Your last blood pressure reading",
                    ALWAYS,
                    f -> f.safety().bloodPressure()));

    private UnansweredQuestions() {}

    /** Applicable safety questions and headache warning signs without an answer. */
    static List<Unanswered> safety(Facts f) {
        return missing(SAFETY, f);
    }

    /** Every applicable question without an answer: the safety ones first, then the others. */
    static List<Unanswered> all(Facts f) {
        List<Unanswered> missing = new ArrayList<>(missing(SAFETY, f));
        missing.addAll(missing(OTHERS, f));
        return missing;
    }

    private static List<Unanswered> missing(List<Asked> questions, Facts f) {
        return questions.stream()
                .filter(q -> q.applies().test(f) && q.answer().apply(f) == null)
                .map(q -> new Unanswered(q.field(), q.question()))
                .toList();
    }

    private static boolean detailApplies(Facts f) {
        Intake.Migraine m = f.migraine();
        return m != null
                && MigraineCriteria.detailCanApply(
                        m.headacheDaysPerMonth(), m.preventiveClassesTried(), m.triptansTried());
    }

    private static Asked safety(
            String field, String question, Predicate<Facts> applies, Function<Intake.Safety, @Nullable Object> answer) {
        return new Asked("safety." + field, question, applies, f -> answer.apply(f.safety()));
    }

    private static Asked redFlag(
            String field,
            String question,
            Predicate<Facts> applies,
            Function<Intake.RedFlags, @Nullable Object> answer) {
        return new Asked("redFlags." + field, question, applies, f -> answer.apply(f.redFlags()));
    }

    private static Asked migraine(
            String field,
            String question,
            Predicate<Facts> applies,
            Function<Intake.Migraine, @Nullable Object> answer) {
        return new Asked(
                "migraine." + field,
                question,
                f -> f.hasMigraine() && applies.test(f),
                f -> answer.apply(f.migraine()));
    }
}
