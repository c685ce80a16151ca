package org.ketapath.treatment.domain;

/**
 * Scores recorded during a session, with their ranges: CADSS-6 (six CADSS items scored 0-4, Rodrigues 2021),
 * MOAA/S (0-5), pain on a numeric rating scale (0-10).
 */
public enum Instrument {
    CADSS_6(24),
    MOAA_S(5),
    PAIN_NRS(10);

    private final int max;

    Instrument(int max) {
        this.max = max;
    }

    public int max() {
        return max;
    }
}
