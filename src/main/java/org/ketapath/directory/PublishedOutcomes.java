package org.ketapath.directory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The outcomes a clinic publishes on its provider profile, computed by the platform (the outcomes module
 * implements this; the directory only shows it).
 */
public interface PublishedOutcomes {

    /** What the profile shows for the clinic: the figures, or null with the reason in words. */
    Published of(UUID clinicId);

    /**
     * @param outcomes the published figures, or null when the clinic does not publish or there are too few patients
     * @param note why there are none, or the dated note of an earlier opt-out, in words; null when nothing to say
     */
    record Published(@Nullable Figures outcomes, @Nullable String note) {}

    /**
     * Published figures: de-identified counts of patients who consented to be counted, never a cell under 11.
     *
     * @param condition the condition (MIGRAINE)
     * @param patients patients with a valid baseline and follow-up window 1
     * @param responders of those, 50% responders
     * @param rate responders / patients
     * @param ci95 the Wilson 95% interval of the rate
     * @param completionRate the share of consenting patients past window 1 with both windows valid; null when its
     *     complement would be a cell under 11
     * @param window which follow-up window the rate is for ("days 1-28 after the first session")
     * @param updatedAt when it was computed
     */
    record Figures(
            String condition,
            int patients,
            int responders,
            BigDecimal rate,
            List<BigDecimal> ci95,
            @Nullable BigDecimal completionRate,
            String window,
            Instant updatedAt) {}
}
