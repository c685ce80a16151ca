package org.ketapath.assessment.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A validated intake with what was derived from it: the screens scored, interactions found, self-harm
 * reported, refractory migraine. The eligibility rules read only this.
 */
record Facts(
        Condition condition,
        int ageYears,
        String zip,
        Intake.@Nullable Migraine migraine,
        List<Score> scores,
        List<Interaction> interactions,
        Intake.Safety safety,
        Intake.Preferences preferences) {

    /** European Headache Federation 2020: 3 or more preventive classes failed, 8 or more headache days a month. */
    static final int REFRACTORY_MIN_PREVENTIVE_CLASSES = 3;

    static final int REFRACTORY_MIN_HEADACHE_DAYS = 8;

    boolean hasMigraine() {
        return condition == Condition.MIGRAINE && migraine != null;
    }

    boolean refractoryMigraine() {
        return hasMigraine()
                && migraine.preventiveClassesTried() >= REFRACTORY_MIN_PREVENTIVE_CLASSES
                && migraine.headacheDaysPerMonth() >= REFRACTORY_MIN_HEADACHE_DAYS;
    }

    boolean selfHarmReported() {
        return Boolean.TRUE.equals(safety.selfHarmThoughts())
                || scores.stream().anyMatch(score -> score.hasFlag("SELF_HARM_RISK"));
    }

    boolean screenedInBand(String instrument, String band) {
        return scores.stream()
                .anyMatch(s -> s.instrument().equals(instrument) && s.band().equals(band));
    }

    static boolean yes(@Nullable Boolean answer) {
        return Boolean.TRUE.equals(answer);
    }
}
