package org.ketapath.outcomes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A clinic's outcomes as {@code GET /api/v1/clinics/{clinicId}/outcomes} gives them to its staff.
 *
 * @param conditions one entry per condition the clinic has started courses for
 */
public record ClinicOutcomes(UUID clinicId, Instant computedAt, List<Condition> conditions) {

    /**
     * A condition's numbers. Diary numbers count only patients who share their diary with the clinic.
     *
     * @param patientsStarted patients who started a course (a first dose given)
     * @param patientsSharingDiary of those, patients who share their diary with the clinic and whose follow-up
     *     window 1 has ended
     * @param patientsWithValidWindows of those, patients with a valid baseline and window 1
     * @param completionRate patientsWithValidWindows / patientsSharingDiary (null when none share)
     * @param responders50 50% responders among patients whose responder status could be decided
     * @param responderDenominator patients whose responder status could be decided (valid windows, baseline > 0)
     * @param responderRate responders50 / responderDenominator, 4 decimals
     * @param ci95 the Wilson 95% interval of responderRate
     * @param sessionResponders the Schwenk-style session responder rate from the treatment records
     */
    public record Condition(
            String condition,
            int patientsStarted,
            int patientsSharingDiary,
            int patientsWithValidWindows,
            @Nullable BigDecimal completionRate,
            int responders50,
            int responderDenominator,
            @Nullable BigDecimal responderRate,
            @Nullable List<BigDecimal> ci95,
            SessionResponders sessionResponders) {}

    /**
     * Signed sessions whose pain fell by 2 or more points (0-10) from the start to discharge, as Schwenk et al.
     * defined an immediate responder (Reg Anesth Pain Med 2018, doi:10.1097/AAP.0000000000000827).
     *
     * @param sessions signed sessions with pain scored before and after
     * @param responders of those, sessions with a fall of 2 or more
     */
    public record SessionResponders(
            int sessions,
            int responders,
            @Nullable BigDecimal rate,
            @Nullable List<BigDecimal> ci95) {}
}
