package org.ketapath.outcomes.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ketapath.outcomes.OutcomeWindow;

/**
 * The outcome definitions, in one place for code, pages and tests (issue 16; IHS guidelines for controlled trials
 * of preventive treatment of episodic migraine, 4th ed., Cephalalgia 2018, PMID 29504482, and of chronic migraine,
 * Cephalalgia 2020; ICHD-3 8.2 for medication overuse). Pure functions of diary days: no clock, no database.
 */
public final class OutcomeRules {

    /** Days in a window. */
    public static final int WINDOW_DAYS = 28;

    /** Days with an entry a window needs to count. */
    public static final int MIN_DAYS_WITH_ENTRY = 21;

    /** Follow-up windows after the first session. */
    public static final int FOLLOW_UP_WINDOWS = 3;

    /** A migraine day needs a headache of at least this many hours (30 minutes). */
    static final BigDecimal MIN_MIGRAINE_HOURS = new BigDecimal("0.5");

    /** Peak pain from which the pain counts as moderate or severe. */
    static final int MODERATE_PAIN = 4;

    static final BigDecimal TEN_DAYS = BigDecimal.TEN;
    static final BigDecimal FIFTEEN_DAYS = BigDecimal.valueOf(15);

    private OutcomeRules() {}

    /** A headache day: the patient said there was a headache. */
    public static boolean headacheDay(DiaryDay day) {
        return day.headache();
    }

    /** An acute-medication day: any acute medicine taken. */
    public static boolean acuteMedicationDay(DiaryDay day) {
        return !day.medications().isEmpty();
    }

    /**
     * A migraine day: a headache of at least 30 minutes with at least 2 of {unilateral, pulsating, peak pain 4 or
     * more, worse with activity} and at least 1 of {nausea or vomiting, both light and sound sensitivity}; or a
     * day with aura; or a day a migraine-specific medicine (triptan, gepant, ditan, ergot) was taken.
     */
    public static boolean migraineDay(DiaryDay day) {
        if (day.aura()
                || day.medications().stream().anyMatch(m -> m.medicationClass().migraineSpecific())) {
            return true;
        }
        if (!day.headache()
                || day.durationHours() == null
                || day.durationHours().compareTo(MIN_MIGRAINE_HOURS) < 0) {
            return false;
        }
        int painFeatures = count(
                day.unilateral(),
                day.pulsating(),
                day.peakPain() != null && day.peakPain() >= MODERATE_PAIN,
                day.worseWithActivity());
        boolean associated = day.nausea() || day.vomiting() || (day.lightSensitivity() && day.soundSensitivity());
        return painFeatures >= 2 && associated;
    }

    /** A count scaled to 28 days: count × 28 / days with an entry, one decimal (half up). */
    public static BigDecimal scaled(int count, int daysWithEntry) {
        if (daysWithEntry <= 0) {
            throw new IllegalArgumentException("no days with an entry");
        }
        return BigDecimal.valueOf((long) count * WINDOW_DAYS)
                .divide(BigDecimal.valueOf(daysWithEntry), 1, RoundingMode.HALF_UP);
    }

    /**
     * The window of 28 days from {@code from}. It is valid when it has ended before {@code today} and has entries
     * on at least 21 of its days; otherwise its counts are null.
     */
    public static OutcomeWindow window(int index, LocalDate from, Map<LocalDate, DiaryDay> diary, LocalDate today) {
        LocalDate to = from.plusDays(WINDOW_DAYS - 1);
        List<DiaryDay> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            DiaryDay day = diary.get(d);
            if (day != null) {
                days.add(day);
            }
        }
        int n = days.size();
        boolean valid = n >= MIN_DAYS_WITH_ENTRY && to.isBefore(today);
        if (!valid) {
            return new OutcomeWindow(index, from, to, n, false, null, null, null, null, null);
        }
        int migraine = (int) days.stream().filter(OutcomeRules::migraineDay).count();
        int headache = (int) days.stream().filter(OutcomeRules::headacheDay).count();
        int acute = (int) days.stream().filter(OutcomeRules::acuteMedicationDay).count();
        int tenDayClasses = (int) days.stream()
                .filter(d -> d.medications().stream()
                        .anyMatch(m -> m.medicationClass().overuseAtTenDays()))
                .count();
        int fifteenDayClasses = (int) days.stream()
                .filter(d -> d.medications().stream()
                        .anyMatch(m -> m.medicationClass().overuseAtFifteenDays()))
                .count();
        boolean overuse = scaled(tenDayClasses, n).compareTo(TEN_DAYS) >= 0
                || scaled(fifteenDayClasses, n).compareTo(FIFTEEN_DAYS) >= 0;
        return new OutcomeWindow(
                index,
                from,
                to,
                n,
                true,
                scaled(migraine, n),
                scaled(headache, n),
                scaled(acute, n),
                averagePeakPain(days),
                overuse);
    }

    /** The baseline (28 days before the first session) and follow-up days 1-28, 29-56 and 57-84 after it. */
    public static List<OutcomeWindow> windows(LocalDate firstSession, Map<LocalDate, DiaryDay> diary, LocalDate today) {
        List<OutcomeWindow> windows = new ArrayList<>();
        windows.add(window(0, firstSession.minusDays(WINDOW_DAYS), diary, today));
        for (int i = 1; i <= FOLLOW_UP_WINDOWS; i++) {
            windows.add(window(i, firstSession.plusDays(1 + (long) (i - 1) * WINDOW_DAYS), diary, today));
        }
        return windows;
    }

    /**
     * A 50% responder: migraine days in follow-up window 1 at most half of the baseline's. Null when either window
     * is not valid or the baseline has no migraine days (nothing to halve).
     */
    public static @Nullable Boolean responder50(OutcomeWindow baseline, OutcomeWindow first) {
        BigDecimal before = baseline.migraineDays();
        BigDecimal after = first.migraineDays();
        if (!baseline.valid() || !first.valid() || before == null || after == null || before.signum() == 0) {
            return null;
        }
        return after.multiply(BigDecimal.valueOf(2)).compareTo(before) <= 0;
    }

    private static @Nullable BigDecimal averagePeakPain(List<DiaryDay> days) {
        List<Integer> pains = days.stream()
                .filter(DiaryDay::headache)
                .map(DiaryDay::peakPain)
                .filter(p -> p != null)
                .map(p -> (Integer) p)
                .toList();
        if (pains.isEmpty()) {
            return null;
        }
        int sum = pains.stream().mapToInt(Integer::intValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(pains.size()), 1, RoundingMode.HALF_UP);
    }

    private static int count(boolean... values) {
        int n = 0;
        for (boolean v : values) {
            if (v) {
                n++;
            }
        }
        return n;
    }
}
