package org.ketapath.assessment.domain;

import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A validated intake with what was derived from it: the screens scored, interactions found, self-harm
 * reported, resistant and refractory migraine, headache warning signs. The eligibility rules read only this.
 */
record Facts(
        Condition condition,
        int ageYears,
        String zip,
        Intake.@Nullable Migraine migraine,
        List<Score> scores,
        List<Interaction> interactions,
        Intake.Safety safety,
        Intake.Preferences preferences,
        Intake.RedFlags redFlags) {

    static final EnumSet<Condition> MOOD = EnumSet.of(
            Condition.DEPRESSION, Condition.ANXIETY, Condition.OCD, Condition.BIPOLAR_DEPRESSION, Condition.PTSD);

    boolean hasMigraine() {
        return condition == Condition.MIGRAINE && migraine != null;
    }

    boolean resistantMigraine() {
        return hasMigraine() && MigraineCriteria.resistant(migraine);
    }

    boolean refractoryMigraine() {
        return hasMigraine() && MigraineCriteria.refractory(migraine);
    }

    boolean selfHarmReported() {
        return Boolean.TRUE.equals(safety.selfHarmThoughts())
                || scores.stream().anyMatch(score -> score.hasFlag("SELF_HARM_RISK"));
    }

    /** A thunderclap headache or new neurological symptoms: emergency care now (911), whatever the condition. */
    boolean urgentCare() {
        return yes(redFlags.thunderclap()) || yes(redFlags.neurologicalSymptoms());
    }

    boolean anyRedFlag() {
        return urgentCare() || yes(redFlags.newAfter50()) || yes(redFlags.patternChanged());
    }

    boolean hasScreen(String instrument) {
        return scores.stream().anyMatch(s -> s.instrument().equals(instrument));
    }

    boolean screenedInBand(String instrument, String band) {
        return scores.stream()
                .anyMatch(s -> s.instrument().equals(instrument) && s.band().equals(band));
    }

    /** Whether the last blood pressure reading, when given, reached systolic or diastolic (mmHg). */
    boolean bloodPressureAtLeast(int systolic, int diastolic) {
        Intake.BloodPressure bp = safety.bloodPressure();
        return bp != null
                && bp.systolic() != null
                && bp.diastolic() != null
                && (bp.systolic() >= systolic || bp.diastolic() >= diastolic);
    }

    /** Mania is expected in bipolar depression, so the question is asked of every other condition. */
    boolean asksAboutMania() {
        return condition != Condition.BIPOLAR_DEPRESSION;
    }

    boolean asksAboutNewAfter50() {
        return ageYears >= 50;
    }

    static boolean yes(@Nullable Boolean answer) {
        return Boolean.TRUE.equals(answer);
    }
}
