package org.ketapath.outcomes.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The demo diaries: plausible migraine, headache and free days from a patient's profile and a fixed seed. */
final class DemoDiary {

    private DemoDiary() {}

    static List<DiaryDay> days(int k, OutcomesDemoData.Profile p, LocalDate first, LocalDate from, LocalDate to) {
        Random random = new Random(k * 7919L);
        List<DiaryDay> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            long offset = ChronoUnit.DAYS.between(first, d);
            if (missing(k, offset) || random.nextInt(100) < 4) {
                continue;
            }
            double rate = p.baselineMigraineDays() / 28.0 * (1 - reduction(p, offset));
            double roll = random.nextDouble();
            if (roll < rate) {
                days.add(migraine(d, random, p.baselineMigraineDays() >= 14));
            } else if (roll < rate + 0.08) {
                days.add(tensionType(d, random));
            } else {
                days.add(DiaryDay.free(d));
            }
        }
        return days;
    }

    /** Gaps that invalidate a window: patient 5 misses 10 days of the baseline, 12 and 19 of follow-up window 1. */
    private static boolean missing(int k, long offset) {
        if (!OutcomesDemoData.GAPS.contains(k)) {
            return false;
        }
        return k == 5 ? offset >= -20 && offset < -10 : offset >= 8 && offset < 18;
    }

    /** The share of migraine days gone: full in the first month after the course, half of it later. */
    private static double reduction(OutcomesDemoData.Profile p, long offset) {
        if (offset < 1) {
            return 0;
        }
        return offset <= 28 ? p.reduction() : p.reduction() / 2;
    }

    private static DiaryDay migraine(LocalDate d, Random random, boolean heavyTriptanUse) {
        boolean triptan = random.nextInt(100) < (heavyTriptanUse ? 85 : 60);
        List<DiaryDay.Medication> meds = new ArrayList<>();
        if (triptan) {
            meds.add(new DiaryDay.Medication("Sumatriptan 50 mg", 1 + random.nextInt(2), MedicationClass.TRIPTAN));
        }
        if (random.nextInt(100) < 30) {
            meds.add(new DiaryDay.Medication("Ibuprofen 400 mg", 1, MedicationClass.NSAID));
        }
        return new DiaryDay(
                d,
                true,
                6 + random.nextInt(4),
                BigDecimal.valueOf(4 + random.nextInt(16)).setScale(2),
                random.nextBoolean(),
                true,
                true,
                true,
                random.nextInt(100) < 15,
                true,
                random.nextInt(100) < 80,
                random.nextInt(100) < 10,
                meds,
                random.nextInt(100) < 40,
                null);
    }

    private static DiaryDay tensionType(LocalDate d, Random random) {
        List<DiaryDay.Medication> meds = random.nextBoolean()
                ? List.of(new DiaryDay.Medication("Tylenol", 1, MedicationClass.SIMPLE_ANALGESIC))
                : List.of();
        return new DiaryDay(
                d,
                true,
                2 + random.nextInt(2),
                BigDecimal.valueOf(1 + random.nextInt(3)).setScale(2),
                false,
                false,
                false,
                false,
                false,
                false,
                false,
                false,
                meds,
                false,
                null);
    }
}
