package org.ketapath.treatment.domain;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A clinic's vitals interval and flag thresholds (its own, or the module's defaults). */
public record Thresholds(
        int vitalsIntervalMinutes,
        int systolicHigh,
        int diastolicHigh,
        int heartRateHigh,
        int spo2Low,
        int respiratoryRateLow,
        int respiratoryRateHigh) {

    /** A reading's value beyond a threshold. */
    public record Breach(FlagKind kind, int value, int threshold) {}

    /** What in a reading is beyond the thresholds. */
    public List<Breach> breaches(int systolic, int diastolic, int heartRate, int spo2, @Nullable Integer rr) {
        List<Breach> out = new ArrayList<>();
        if (systolic >= systolicHigh) {
            out.add(new Breach(FlagKind.SYSTOLIC_HIGH, systolic, systolicHigh));
        }
        if (diastolic >= diastolicHigh) {
            out.add(new Breach(FlagKind.DIASTOLIC_HIGH, diastolic, diastolicHigh));
        }
        if (heartRate >= heartRateHigh) {
            out.add(new Breach(FlagKind.HEART_RATE_HIGH, heartRate, heartRateHigh));
        }
        if (spo2 < spo2Low) {
            out.add(new Breach(FlagKind.SPO2_LOW, spo2, spo2Low));
        }
        if (rr != null && rr < respiratoryRateLow) {
            out.add(new Breach(FlagKind.RESPIRATORY_RATE_LOW, rr, respiratoryRateLow));
        }
        if (rr != null && rr > respiratoryRateHigh) {
            out.add(new Breach(FlagKind.RESPIRATORY_RATE_HIGH, rr, respiratoryRateHigh));
        }
        return out;
    }
}
