package org.ketapath.assessment.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The European Headache Federation 2020 definitions (Sacco et al., J Headache Pain 2020;21:76, PMID 32546227).
 * Resistant: at least 3 classes of preventive treatment failed and at least 8 debilitating headache days a month
 * for at least 3 consecutive months. Refractory: every available preventive class failed and at least 8
 * debilitating days a month for at least 6 consecutive months. A debilitating headache is one that seriously
 * impairs daily activities despite acute treatment, which requires the failure of at least two triptans (a
 * contraindication to triptans, which this intake does not ask about, is left to the clinician).
 */
public final class MigraineCriteria {

    public static final int MIN_PREVENTIVE_CLASSES = 3;
    public static final int MIN_DEBILITATING_DAYS = 8;
    public static final int RESISTANT_MIN_MONTHS = 3;
    public static final int REFRACTORY_MIN_MONTHS = 6;
    public static final int MIN_TRIPTANS = 2;

    static final Definition RESISTANT = new Definition(
            "resistantMigraine",
            "European Headache Federation 2020: at least 3 classes of migraine preventive treatment failed, and at"
                    + " least 8 debilitating headache days a month for at least 3 consecutive months (debilitating"
                    + " despite acute treatment, including at least 2 different triptans). False when an answer needed"
                    + " to tell is missing.",
            List.of(Sources.SACCO_2020));
    static final Definition REFRACTORY = new Definition(
            "refractoryMigraine",
            "European Headache Federation 2020: every available class of migraine preventive treatment failed,"
                    + " and at least 8 debilitating headache days a month for at least 6 consecutive months"
                    + " (debilitating despite acute treatment, including at least 2 different triptans). False when"
                    + " an answer needed to tell is missing.",
            List.of(Sources.SACCO_2020));

    private MigraineCriteria() {}

    /**
     * Whether the answers so far leave resistant migraine possible, so the questions on how long and how
     * disabling are worth asking: 8 or more headache days, 3 or more preventive classes and 2 or more triptans
     * tried (an answer not given yet counts as possible).
     */
    public static boolean detailCanApply(
            @Nullable Integer headacheDays, @Nullable Integer preventiveClasses, @Nullable Integer triptans) {
        return atLeast(headacheDays, MIN_DEBILITATING_DAYS)
                && atLeast(preventiveClasses, MIN_PREVENTIVE_CLASSES)
                && atLeast(triptans, MIN_TRIPTANS);
    }

    static boolean resistant(Intake.@Nullable Migraine m) {
        return m != null
                && known(m.preventiveClassesTried(), MIN_PREVENTIVE_CLASSES)
                && known(m.triptansTried(), MIN_TRIPTANS)
                && known(m.debilitatingDaysPerMonth(), MIN_DEBILITATING_DAYS)
                && known(m.monthsAtThisFrequency(), RESISTANT_MIN_MONTHS);
    }

    static boolean refractory(Intake.@Nullable Migraine m) {
        return resistant(m)
                && Boolean.TRUE.equals(m.allPreventiveClassesTried())
                && known(m.monthsAtThisFrequency(), REFRACTORY_MIN_MONTHS);
    }

    private static boolean atLeast(@Nullable Integer value, int min) {
        return value == null || value >= min;
    }

    private static boolean known(@Nullable Integer value, int min) {
        return value != null && value >= min;
    }
}
