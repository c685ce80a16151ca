package org.ketapath.assessment.domain;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything a person tells the assessment, as sent (every part may be missing; {@link IntakeValidator}
 * names what is wrong). {@code screens} maps an instrument id to its answers.
 */
public record Intake(
        @Nullable Condition condition,
        @Nullable Integer ageYears,
        @Nullable String zip,
        @Nullable Migraine migraine,
        @Nullable Map<String, @Nullable Map<String, @Nullable Object>> screens,
        @Nullable List<@Nullable String> medications,
        @Nullable Safety safety,
        @Nullable Preferences preferences) {

    /** Migraine burden, averaged over the last 3 months. */
    public record Migraine(
            @Nullable Integer headacheDaysPerMonth,
            @Nullable Integer averagePain,
            @Nullable Integer preventiveClassesTried,
            @Nullable Integer acuteMedicationDaysPerMonth) {}

    /**
     * Safety questions: the relative contraindications of Cohen 2018 and, where no PHQ-9 is answered, the
     * self-harm question ({@code selfHarmThoughts}, optional).
     */
    public record Safety(
            @Nullable Boolean pregnant,
            @Nullable Boolean uncontrolledHypertension,
            @Nullable Boolean psychosisHistory,
            @Nullable Boolean substanceUseDisorder,
            @Nullable Boolean severeLiverDisease,
            @Nullable Boolean raisedIntracranialOrIntraocularPressure,
            @Nullable Boolean unstableHeartDisease,
            @Nullable Boolean selfHarmThoughts) {}

    /** Where to be treated and how far to travel (not needed for at-home care). */
    public record Preferences(
            @Nullable Setting setting, @Nullable Integer maxDistanceMiles) {}
}
