package org.ketapath.outcomes.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One day of a patient's headache diary as stored.
 *
 * @param date the calendar day in the patient's time zone
 * @param headache whether there was a headache that day
 * @param peakPain worst pain 0-10 (null without a headache)
 * @param durationHours how long the headache lasted in hours, 0-24 (null without a headache)
 * @param medications acute medicines taken, with their classes
 */
public record DiaryDay(
        LocalDate date,
        boolean headache,
        @Nullable Integer peakPain,
        @Nullable BigDecimal durationHours,
        boolean unilateral,
        boolean pulsating,
        boolean worseWithActivity,
        boolean nausea,
        boolean vomiting,
        boolean lightSensitivity,
        boolean soundSensitivity,
        boolean aura,
        List<Medication> medications,
        boolean missedActivity,
        @Nullable String notes) {

    public DiaryDay {
        medications = List.copyOf(medications);
    }

    /** A headache-free day with nothing taken (tests and demo data). */
    public static DiaryDay free(LocalDate date) {
        return new DiaryDay(
                date, false, null, null, false, false, false, false, false, false, false, false, List.of(), false,
                null);
    }

    /**
     * An acute medicine as the patient typed it, with the class the server read it as.
     *
     * @param name the name as typed
     * @param doses how many doses that day
     * @param medicationClass its class
     */
    public record Medication(String name, int doses, MedicationClass medicationClass) {}
}
