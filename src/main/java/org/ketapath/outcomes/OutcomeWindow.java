package org.ketapath.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A 28-day window of the headache diary. Counts are scaled to 28 days (count × 28 / days with an entry, one
 * decimal) and are null when the window is not valid (fewer than 21 days with an entry).
 *
 * @param index 0 for the baseline (the 28 days before the first session), 1-3 for follow-up days 1-28, 29-56, 57-84
 * @param from first day (inclusive)
 * @param to last day (inclusive)
 * @param daysWithEntry days of the window with a diary entry
 * @param valid whether at least 21 of its 28 days have an entry
 * @param migraineDays migraine days, scaled
 * @param headacheDays headache days, scaled
 * @param acuteMedicationDays days any acute medicine was taken, scaled
 * @param averagePeakPain the mean peak pain (0-10) of the window's headache days, one decimal; null without any
 * @param medicationOveruse 10 or more days (scaled) of triptans, ergots, opioids or combination analgesics, or 15
 *     or more of simple analgesics or NSAIDs
 */
public record OutcomeWindow(
        int index,
        LocalDate from,
        LocalDate to,
        int daysWithEntry,
        boolean valid,
        @Nullable BigDecimal migraineDays,
        @Nullable BigDecimal headacheDays,
        @Nullable BigDecimal acuteMedicationDays,
        @Nullable BigDecimal averagePeakPain,
        @Nullable Boolean medicationOveruse) {}
