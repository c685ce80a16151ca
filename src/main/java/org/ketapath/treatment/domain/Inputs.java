package org.ketapath.treatment.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** What clients send, as records checked by Bean Validation (ranges here match the CHECK constraints). */
public final class Inputs {

    private Inputs() {}

    public record Course(
            @NotNull Condition condition,
            @NotBlank @Size(max = 8) String icd10,
            @NotNull Route route,

            @Nullable @DecimalMin(value = "0", inclusive = false) @DecimalMax("10")
            BigDecimal doseMgPerKg,

            @Nullable @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000")
            BigDecimal fixedDoseMg,

            @Nullable @DecimalMin(value = "0", inclusive = false) @DecimalMax("10")
            BigDecimal rateMgPerKgPerHour,

            @NotNull @Min(1) @Max(100) Integer plannedSessions) {}

    public record ConsentText(@NotBlank @Size(max = 50000) String markdown) {}

    public record Acceptance(
            @NotBlank @Size(min = 2, max = 200) String fullName) {}

    public record NewSession(@Nullable UUID courseId) {}

    public record Vitals(
            @Nullable Instant at,
            @NotNull @Min(50) @Max(300) Integer systolic,
            @NotNull @Min(20) @Max(200) Integer diastolic,
            @NotNull @Min(20) @Max(300) Integer heartRate,
            @NotNull @Min(50) @Max(100) Integer spo2,
            @Nullable @Min(0) @Max(80) Integer respiratoryRate) {}

    public record PreCheck(
            @NotNull @DecimalMin("20") @DecimalMax("350") BigDecimal weightKg,
            @NotNull Boolean fasting,
            @Nullable @Size(max = 200) String escortName,

            @Nullable @Pattern(regexp = "\\+?[0-9 ().-]{7,32}", message = "must be a phone number")
            String escortPhone,

            @NotNull @Valid Vitals baseline,
            @Nullable @Size(max = 4000) String medicationChanges,
            @NotNull PregnancyTest pregnancyTest,
            @Nullable @Min(0) @Max(3) Integer phq9Item9,
            @Nullable @Size(max = 4000) String riskAssessment) {}

    public record Dose(
            @NotNull Drug drug,
            @NotNull Route route,

            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000")
            BigDecimal amountMg,

            @Nullable @DecimalMin(value = "0", inclusive = false) @DecimalMax("10")
            BigDecimal rateMgPerKgPerHour,

            @Nullable Instant startAt,
            @Nullable Instant stopAt,
            @NotBlank @Size(max = 64) String lot,
            @NotNull LocalDate lotExpiresOn,
            @Nullable @Size(max = 4000) String justification) {}

    public record Score(
            @NotNull Instrument instrument,
            @NotNull @Min(0) @Max(24) Integer value,
            @NotNull Phase phase,
            @Nullable Instant at) {}

    public record Event(
            @NotNull EventKind kind,
            @NotNull Severity severity,
            @Nullable @Size(max = 4000) String description,
            @Nullable @Size(max = 500) String rescueMedication,
            @Nullable Instant at) {}

    public record Discharge(
            @NotNull DischargeTool tool,
            @NotNull @Min(0) @Max(10) Integer score,
            @Nullable Instant at,
            @NotNull Boolean escortConfirmed,
            @NotNull Boolean instructionsGiven,
            @Nullable @Size(max = 4000) String justification) {}

    public record Resolution(@NotBlank @Size(max = 4000) String note) {}

    public record Amendment(
            @NotNull Part part,
            @NotBlank @Size(max = 4000) String reason,
            @NotNull JsonNode changes) {}
}
