package org.ketapath.outcomes.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A diary day as the patient sends it ({@code PUT /api/v1/diary/{date}}); ranges match the CHECK constraints.
 * Booleans left out mean no.
 */
public record DiaryInput(
        @NotNull Boolean headache,
        @Nullable @Min(0) @Max(10) Integer peakPain,
        @Nullable @DecimalMin("0") @DecimalMax("24") BigDecimal durationHours,
        @Nullable Boolean unilateral,
        @Nullable Boolean pulsating,
        @Nullable Boolean worseWithActivity,
        @Nullable Boolean nausea,
        @Nullable Boolean vomiting,
        @Nullable Boolean lightSensitivity,
        @Nullable Boolean soundSensitivity,
        @Nullable Boolean aura,
        @Nullable @Size(max = 20) List<@Valid @NotNull Medication> acuteMedications,
        @Nullable Boolean missedActivity,
        @Nullable @Size(max = 1000) String notes) {

    /** A headache-free day: the one-tap entry. */
    public static DiaryInput headacheFree() {
        return new DiaryInput(false, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * An acute medicine taken that day.
     *
     * @param name as the patient calls it ("Imitrex 50 mg")
     * @param doses how many doses, 1-50
     */
    public record Medication(
            @NotBlank @Size(max = 200) String name,
            @NotNull @Min(1) @Max(50) Integer doses) {}
}
