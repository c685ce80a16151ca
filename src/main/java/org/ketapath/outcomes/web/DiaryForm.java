package org.ketapath.outcomes.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ketapath.outcomes.domain.DiaryDay;
import org.ketapath.outcomes.domain.DiaryInput;

/** The diary day form: every field optional except whether there was a headache; three rows for medicines. */
record DiaryForm(
        @NotNull(message = "Choose whether you had a headache")
        Boolean headache,

        @Nullable
        @Min(value = 0, message = "Choose a number from 0 to 10")
        @Max(value = 10, message = "Choose a number from 0 to 10")
        Integer peakPain,

        @Nullable
        @DecimalMin(value = "0", message = "Enter hours from 0 to 24")
        @DecimalMax(value = "24", message = "Enter hours from 0 to 24")
        BigDecimal durationHours,

        @Nullable Boolean unilateral,
        @Nullable Boolean pulsating,
        @Nullable Boolean worseWithActivity,
        @Nullable Boolean nausea,
        @Nullable Boolean vomiting,
        @Nullable Boolean lightSensitivity,
        @Nullable Boolean soundSensitivity,
        @Nullable Boolean aura,

        @Nullable @Size(max = 200, message = "Use at most 200 characters")
        String med0Name,

        @Nullable @Min(value = 1, message = "Enter 1 to 50") @Max(value = 50, message = "Enter 1 to 50")
        Integer med0Doses,

        @Nullable @Size(max = 200, message = "Use at most 200 characters")
        String med1Name,

        @Nullable @Min(value = 1, message = "Enter 1 to 50") @Max(value = 50, message = "Enter 1 to 50")
        Integer med1Doses,

        @Nullable @Size(max = 200, message = "Use at most 200 characters")
        String med2Name,

        @Nullable @Min(value = 1, message = "Enter 1 to 50") @Max(value = 50, message = "Enter 1 to 50")
        Integer med2Doses,

        @Nullable Boolean missedActivity,

        @Nullable @Size(max = 1000, message = "Use at most 1,000 characters")
        String notes) {

    /** Medicine rows on the form. */
    static final int ROWS = 3;

    static DiaryForm empty() {
        return new DiaryForm(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    /** The form filled from a saved day (its first three medicines). */
    static DiaryForm of(DiaryDay d) {
        List<DiaryDay.Medication> m = d.medications();
        return new DiaryForm(
                d.headache(),
                d.peakPain(),
                d.durationHours() == null ? null : d.durationHours().stripTrailingZeros(),
                d.unilateral(),
                d.pulsating(),
                d.worseWithActivity(),
                d.nausea(),
                d.vomiting(),
                d.lightSensitivity(),
                d.soundSensitivity(),
                d.aura(),
                m.size() > 0 ? m.get(0).name() : null,
                m.size() > 0 ? m.get(0).doses() : null,
                m.size() > 1 ? m.get(1).name() : null,
                m.size() > 1 ? m.get(1).doses() : null,
                m.size() > 2 ? m.get(2).name() : null,
                m.size() > 2 ? m.get(2).doses() : null,
                d.missedActivity(),
                d.notes());
    }

    /** What the diary takes; on a headache-free day the pain fields are left out whatever the form held. */
    DiaryInput toInput() {
        List<DiaryInput.Medication> meds = new ArrayList<>();
        add(meds, med0Name, med0Doses);
        add(meds, med1Name, med1Doses);
        add(meds, med2Name, med2Doses);
        boolean yes = Boolean.TRUE.equals(headache);
        return new DiaryInput(
                headache,
                yes ? peakPain : null,
                yes ? durationHours : null,
                yes && Boolean.TRUE.equals(unilateral),
                yes && Boolean.TRUE.equals(pulsating),
                yes && Boolean.TRUE.equals(worseWithActivity),
                nausea,
                vomiting,
                lightSensitivity,
                soundSensitivity,
                aura,
                meds,
                missedActivity,
                notes);
    }

    private static void add(List<DiaryInput.Medication> meds, @Nullable String name, @Nullable Integer doses) {
        if (name != null && !name.isBlank()) {
            meds.add(new DiaryInput.Medication(name.strip(), doses == null ? 1 : doses));
        }
    }
}
