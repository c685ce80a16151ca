package org.ketapath.assessment.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Checks every field of an intake and names each one at fault; scores the screens and finds interactions. */
final class IntakeValidator {

    static final int MAX_MEDICATIONS = 40;
    static final int MAX_MEDICATION_LENGTH = 120;
    static final int MAX_MONTHS = 600;

    private final InstrumentCatalog instruments;
    private final InteractionCatalog interactions;
    private final List<InputProblem> problems = new ArrayList<>();

    IntakeValidator(InstrumentCatalog instruments, InteractionCatalog interactions) {
        this.instruments = instruments;
        this.interactions = interactions;
    }

    Facts check(Intake intake) {
        required("condition", intake.condition());
        range("ageYears", intake.ageYears(), 0, 120);
        if (intake.zip() == null) {
            problems.add(new InputProblem("zip", "is required"));
        } else if (!intake.zip().matches("\\d{5}")) {
            problems.add(new InputProblem("zip", "must be 5 digits"));
        }
        Intake.Migraine migraine = intake.migraine();
        if (migraine != null) {
            range("migraine.headacheDaysPerMonth", migraine.headacheDaysPerMonth(), 0, 31);
            range("migraine.averagePain", migraine.averagePain(), 0, 10);
            range("migraine.preventiveClassesTried", migraine.preventiveClassesTried(), 0, 30);
            range("migraine.acuteMedicationDaysPerMonth", migraine.acuteMedicationDaysPerMonth(), 0, 31);
            optionalRange("migraine.monthsAtThisFrequency", migraine.monthsAtThisFrequency(), 0, MAX_MONTHS);
            optionalRange("migraine.debilitatingDaysPerMonth", migraine.debilitatingDaysPerMonth(), 0, 31);
            optionalRange("migraine.triptansTried", migraine.triptansTried(), 0, 30);
            if (migraine.debilitatingDaysPerMonth() != null
                    && migraine.headacheDaysPerMonth() != null
                    && migraine.debilitatingDaysPerMonth() > migraine.headacheDaysPerMonth()) {
                problems.add(new InputProblem(
                        "migraine.debilitatingDaysPerMonth", "must not be more than migraine.headacheDaysPerMonth"));
            }
        } else if (intake.condition() == Condition.MIGRAINE) {
            problems.add(new InputProblem("migraine", "is required for migraine"));
        }
        List<Score> scores = scores(intake.screens());
        List<String> medications = medications(intake.medications());
        Intake.Safety safety = safety(intake.safety());
        Intake.Preferences preferences = preferences(intake.preferences());
        if (!problems.isEmpty()) {
            throw new InputRejectedException(problems);
        }
        return new Facts(
                intake.condition(),
                intake.ageYears(),
                intake.zip(),
                intake.condition() == Condition.MIGRAINE ? migraine : null,
                scores,
                interactions.find(medications),
                safety,
                preferences,
                intake.redFlags() == null ? Intake.RedFlags.NOT_REPORTED : intake.redFlags());
    }

    private List<Score> scores(@Nullable Map<String, @Nullable Map<String, @Nullable Object>> screens) {
        List<Score> scores = new ArrayList<>();
        if (screens == null) {
            return scores;
        }
        for (Map.Entry<String, @Nullable Map<String, @Nullable Object>> screen : screens.entrySet()) {
            String field = "screens." + (screen.getKey().matches("[a-z0-9-]{1,31}") ? screen.getKey() : "(unknown)");
            Instrument instrument = instruments.find(screen.getKey()).orElse(null);
            if (instrument == null) {
                problems.add(new InputProblem(field, "is not a known instrument"));
                continue;
            }
            try {
                scores.add(instrument.score(screen.getValue(), field + "."));
            } catch (InputRejectedException e) {
                problems.addAll(e.problems());
            }
        }
        return scores;
    }

    private List<String> medications(@Nullable List<@Nullable String> medications) {
        List<String> names = new ArrayList<>();
        if (medications == null) {
            return names;
        }
        if (medications.size() > MAX_MEDICATIONS) {
            problems.add(new InputProblem("medications", "must list at most " + MAX_MEDICATIONS + " medicines"));
            return names;
        }
        for (int i = 0; i < medications.size(); i++) {
            String name = medications.get(i);
            if (name == null || name.length() > MAX_MEDICATION_LENGTH) {
                problems.add(new InputProblem(
                        "medications[" + i + "]",
                        "must be a name of at most " + MAX_MEDICATION_LENGTH + " characters"));
            } else if (!name.isBlank()) {
                names.add(name.trim());
            }
        }
        return names;
    }

    private Intake.Safety safety(Intake.@Nullable Safety safety) {
        if (safety == null) {
            problems.add(new InputProblem("safety", "is required"));
            return new Intake.Safety(false, false, false, false, false, false, false, null);
        }
        required("safety.pregnant", safety.pregnant());
        required("safety.uncontrolledHypertension", safety.uncontrolledHypertension());
        required("safety.psychosisHistory", safety.psychosisHistory());
        required("safety.substanceUseDisorder", safety.substanceUseDisorder());
        required("safety.severeLiverDisease", safety.severeLiverDisease());
        required("safety.raisedIntracranialOrIntraocularPressure", safety.raisedIntracranialOrIntraocularPressure());
        required("safety.unstableHeartDisease", safety.unstableHeartDisease());
        bloodPressure(safety.bloodPressure());
        return safety;
    }

    /** A reading is optional, but when given it needs both numbers, in a plausible range, systolic the higher. */
    private void bloodPressure(Intake.@Nullable BloodPressure reading) {
        if (reading == null) {
            return;
        }
        range("safety.bloodPressure.systolic", reading.systolic(), 50, 300);
        range("safety.bloodPressure.diastolic", reading.diastolic(), 30, 200);
        if (reading.systolic() != null && reading.diastolic() != null && reading.systolic() <= reading.diastolic()) {
            problems.add(new InputProblem(
                    "safety.bloodPressure.systolic", "must be higher than safety.bloodPressure.diastolic"));
        }
    }

    private Intake.Preferences preferences(Intake.@Nullable Preferences preferences) {
        if (preferences == null) {
            problems.add(new InputProblem("preferences", "is required"));
            return new Intake.Preferences(Setting.EITHER, null);
        }
        required("preferences.setting", preferences.setting());
        if (preferences.setting() != Setting.AT_HOME || preferences.maxDistanceMiles() != null) {
            range("preferences.maxDistanceMiles", preferences.maxDistanceMiles(), 1, 500);
        }
        return preferences;
    }

    private void required(String field, @Nullable Object value) {
        if (value == null) {
            problems.add(new InputProblem(field, "is required"));
        }
    }

    private void optionalRange(String field, @Nullable Integer value, int min, int max) {
        if (value != null) {
            range(field, value, min, max);
        }
    }

    private void range(String field, @Nullable Integer value, int min, int max) {
        if (value == null) {
            problems.add(new InputProblem(field, "is required"));
        } else if (value < min || value > max) {
            problems.add(new InputProblem(field, "must be a whole number from " + min + " to " + max));
        }
    }
}
