package org.ketapath.treatment.domain;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the treatment module ({@code ketapath.treatment.*}); a clinic may set its own interval and
 * thresholds, these are the defaults. Stop-or-act thresholds have no single guideline (DOMAIN.md): systolic 180
 * and respiratory rate below 10 or above 30 follow emergency protocols (doi:10.5811/westjem.2019.10.43067); heart
 * rate 120 is lower than those protocols' 150 for an outpatient chair; SpO2 below 92 is a common alarm.
 *
 * @param vitalsIntervalMinutes how often a reading is due during a session
 * @param systolicHigh systolic pressure (mmHg) at or above which a reading is flagged
 * @param diastolicHigh diastolic pressure (mmHg) at or above which a reading is flagged
 * @param heartRateHigh heart rate (per minute) at or above which a reading is flagged
 * @param spo2Low oxygen saturation (%) below which a reading is flagged
 * @param respiratoryRateLow respiratory rate below which a reading is flagged
 * @param respiratoryRateHigh respiratory rate above which a reading is flagged
 * @param ivMaxRateMgPerKgPerHour the IV infusion rate above which a justification is needed (Cohen 2018: 0.5-2)
 * @param remsObservationMinutes the esketamine observation before discharge (Spravato REMS: at least 120)
 * @param remsFormDays days after the session within which the REMS monitoring form is due (7)
 */
@ConfigurationProperties("ketapath.treatment")
@Validated
public record TreatmentSettings(
        @DefaultValue("15") @Min(1) @Max(120) int vitalsIntervalMinutes,
        @DefaultValue("180") @Min(100) @Max(300) int systolicHigh,
        @DefaultValue("110") @Min(60) @Max(200) int diastolicHigh,
        @DefaultValue("120") @Min(60) @Max(300) int heartRateHigh,
        @DefaultValue("92") @Min(70) @Max(100) int spo2Low,
        @DefaultValue("10") @Min(0) @Max(30) int respiratoryRateLow,
        @DefaultValue("30") @Min(10) @Max(80) int respiratoryRateHigh,

        @DefaultValue("2") @DecimalMin("0.1") @DecimalMax("10")
        BigDecimal ivMaxRateMgPerKgPerHour,

        @DefaultValue("120") @Min(1) int remsObservationMinutes,
        @DefaultValue("7") @Min(1) int remsFormDays) {

    /** The defaults as thresholds. */
    public Thresholds thresholds() {
        return new Thresholds(
                vitalsIntervalMinutes,
                systolicHigh,
                diastolicHigh,
                heartRateHigh,
                spo2Low,
                respiratoryRateLow,
                respiratoryRateHigh);
    }

    /** The defaults, as Spring would bind them with no properties set (tests and property tests). */
    public static TreatmentSettings defaults() {
        return new TreatmentSettings(15, 180, 110, 120, 92, 10, 30, BigDecimal.valueOf(2), 120, 7);
    }
}
