package org.ketapath.assessment.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything a person tells the assessment, as sent (every part may be missing; {@link IntakeValidator}
 * names what is wrong). {@code screens} maps an instrument id to its answers. Fields added after the first
 * version are optional: a missing one means "not reported", and the result lists it among the questions not
 * answered.
 */
public record Intake(
        @Nullable Condition condition,
        @Nullable Integer ageYears,
        @Nullable String zip,
        @Nullable Migraine migraine,
        @Nullable Map<String, @Nullable Map<String, @Nullable Object>> screens,
        @Nullable List<@Nullable String> medications,
        @Nullable Safety safety,
        @Nullable Preferences preferences,

        @Schema(
                description = "Headache warning signs, asked of every migraine patient (optional: missing means not"
                        + " reported). Do TP et al. Neurology 2019, doi:10.1212/WNL.0000000000006697.")
        @Nullable
        RedFlags redFlags) {

    /** Migraine burden, averaged over the last 3 months, and what was tried. */
    public record Migraine(
            @Nullable Integer headacheDaysPerMonth,
            @Nullable Integer averagePain,
            @Nullable Integer preventiveClassesTried,
            @Nullable Integer acuteMedicationDaysPerMonth,

            @Schema(description = "Months in a row at about this many headache days (optional)") @Nullable
            Integer monthsAtThisFrequency,

            @Schema(
                    description = "Headache days a month that seriously impair daily activities despite"
                            + " acute treatment (optional; at most headacheDaysPerMonth)")
            @Nullable
            Integer debilitatingDaysPerMonth,

            @Schema(description = "Whether every available class of preventive treatment was tried (optional)")
            @Nullable
            Boolean allPreventiveClassesTried,

            @Schema(description = "How many different triptans were tried without enough relief (optional)") @Nullable
            Integer triptansTried) {

        /** The first version's four fields; the others not reported. */
        public Migraine(
                @Nullable Integer headacheDaysPerMonth,
                @Nullable Integer averagePain,
                @Nullable Integer preventiveClassesTried,
                @Nullable Integer acuteMedicationDaysPerMonth) {
            this(
                    headacheDaysPerMonth,
                    averagePain,
                    preventiveClassesTried,
                    acuteMedicationDaysPerMonth,
                    null,
                    null,
                    null,
                    null);
        }
    }

    /**
     * Safety questions. The first eight are required ({@code selfHarmThoughts} only where no PHQ-9 is
     * answered); the rest are optional and a missing one means "not reported". {@code psychosisHistory} means
     * psychosis in the past; {@code activePsychosis} psychosis now.
     */
    public record Safety(
            @Nullable Boolean pregnant,
            @Nullable Boolean uncontrolledHypertension,

            @Schema(description = "Psychosis in the past (not now: see activePsychosis)") @Nullable
            Boolean psychosisHistory,

            @Schema(description = "A current problem with alcohol or drugs (active substance use disorder)") @Nullable
            Boolean substanceUseDisorder,

            @Nullable Boolean severeLiverDisease,
            @Nullable Boolean raisedIntracranialOrIntraocularPressure,
            @Nullable Boolean unstableHeartDisease,
            @Nullable Boolean selfHarmThoughts,

            @Schema(description = "The last blood pressure reading, when known (optional)") @Nullable
            BloodPressure bloodPressure,

            @Nullable Boolean knownHypertension,
            @Schema(description = "Psychosis now") @Nullable Boolean activePsychosis,

            @Schema(description = "A heart attack or unstable angina in the last 6 months") @Nullable
            Boolean recentHeartAttackOrUnstableAngina,

            @Schema(description = "A known allergy to ketamine or esketamine") @Nullable
            Boolean ketamineAllergy,

            @Nullable Boolean maniaOrHypomaniaHistory,

            @Schema(description = "A stroke, bleeding in the brain, an aneurysm or an arteriovenous" + " malformation")
            @Nullable
            Boolean strokeBleedAneurysmOrAvm,

            @Nullable Boolean hyperthyroidism,

            @Schema(description = "Bladder pain or cystitis") @Nullable
            Boolean bladderProblems,

            @Schema(description = "Past misuse of ketamine or other dissociative drugs") @Nullable
            Boolean dissociativeMisuseHistory,

            @Nullable Boolean breastfeeding,
            @Nullable Boolean moderateLiverDisease,
            @Nullable Boolean sleepApnoea) {

        /** The first version's eight answers; the others not reported. */
        public Safety(
                @Nullable Boolean pregnant,
                @Nullable Boolean uncontrolledHypertension,
                @Nullable Boolean psychosisHistory,
                @Nullable Boolean substanceUseDisorder,
                @Nullable Boolean severeLiverDisease,
                @Nullable Boolean raisedIntracranialOrIntraocularPressure,
                @Nullable Boolean unstableHeartDisease,
                @Nullable Boolean selfHarmThoughts) {
            this(
                    pregnant,
                    uncontrolledHypertension,
                    psychosisHistory,
                    substanceUseDisorder,
                    severeLiverDisease,
                    raisedIntracranialOrIntraocularPressure,
                    unstableHeartDisease,
                    selfHarmThoughts,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        }
    }

    /** A blood pressure reading in mmHg. */
    public record BloodPressure(
            @Nullable Integer systolic, @Nullable Integer diastolic) {}

    /** Headache warning signs (SNNOOP10). Each is optional: missing means not reported. */
    public record RedFlags(
            @Schema(description = "A sudden, severe headache reaching its worst within about a minute") @Nullable
            Boolean thunderclap,

            @Schema(description = "The headaches began after the age of 50") @Nullable
            Boolean newAfter50,

            @Schema(
                    description = "New weakness, loss of speech or vision, or other neurological symptoms"
                            + " that are not the person's usual aura")
            @Nullable
            Boolean neurologicalSymptoms,

            @Schema(description = "A recent change in the pattern of the headaches") @Nullable
            Boolean patternChanged) {

        static final RedFlags NOT_REPORTED = new RedFlags(null, null, null, null);
    }

    /** Where to be treated and how far to travel (not needed for at-home care). */
    public record Preferences(
            @Nullable Setting setting, @Nullable Integer maxDistanceMiles) {}

    /** An intake of the first version, without red flags. */
    public Intake(
            @Nullable Condition condition,
            @Nullable Integer ageYears,
            @Nullable String zip,
            @Nullable Migraine migraine,
            @Nullable Map<String, @Nullable Map<String, @Nullable Object>> screens,
            @Nullable List<@Nullable String> medications,
            @Nullable Safety safety,
            @Nullable Preferences preferences) {
        this(condition, ageYears, zip, migraine, screens, medications, safety, preferences, null);
    }
}
