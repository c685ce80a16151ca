package org.ketapath.outcomes.domain;

/**
 * The class of an acute medicine as the diary counts it. Migraine-specific classes make a migraine day on their
 * own (IHS trial guidelines); the overuse groups follow ICHD-3 8.2.
 */
public enum MedicationClass {
    TRIPTAN,
    GEPANT,
    DITAN,
    ERGOT,
    OPIOID,
    NSAID,
    SIMPLE_ANALGESIC,
    COMBINATION_ANALGESIC,
    OTHER;

    /** Triptans, gepants, ditans and ergots: a day one was taken is a migraine day. */
    public boolean migraineSpecific() {
        return this == TRIPTAN || this == GEPANT || this == DITAN || this == ERGOT;
    }

    /** Counted toward overuse at 10 or more days: triptans, ergots, opioids, combination analgesics. */
    public boolean overuseAtTenDays() {
        return this == TRIPTAN || this == ERGOT || this == OPIOID || this == COMBINATION_ANALGESIC;
    }

    /** Counted toward overuse at 15 or more days: simple analgesics and NSAIDs. */
    public boolean overuseAtFifteenDays() {
        return this == SIMPLE_ANALGESIC || this == NSAID;
    }

    /** The class in words for pages. */
    public String label() {
        return switch (this) {
            case TRIPTAN -> "Triptan";
            case GEPANT -> "Gepant";
            case DITAN -> "Ditan";
            case ERGOT -> "Ergot";
            case OPIOID -> "Opioid";
            case NSAID -> "Anti-inflammatory (NSAID)";
            case SIMPLE_ANALGESIC -> "Simple pain reliever";
            case COMBINATION_ANALGESIC -> "Combination pain reliever";
            case OTHER -> "Other";
        };
    }
}
