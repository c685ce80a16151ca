package org.ketapath.outcomes.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The Wilson score interval for a proportion, without continuity correction (Newcombe RG, Two-sided confidence
 * intervals for the single proportion: comparison of seven methods, Stat Med 1998;17(8):857-872, method 3).
 */
public final class Wilson {

    /** The 97.5th percentile of the standard normal distribution (a two-sided 95% interval). */
    static final double Z95 = 1.959963984540054;

    private Wilson() {}

    /** The 95% interval of {@code successes} out of {@code n}, each bound rounded to 4 decimals. */
    public static List<BigDecimal> ci95(int successes, int n) {
        if (n <= 0 || successes < 0 || successes > n) {
            throw new IllegalArgumentException("need 0 <= successes <= n and n > 0");
        }
        double z2 = Z95 * Z95;
        double p = (double) successes / n;
        double centre = p + z2 / (2.0 * n);
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        double denominator = 1 + z2 / n;
        return List.of(
                round(Math.max(0, (centre - half) / denominator)), round(Math.min(1, (centre + half) / denominator)));
    }

    /** A proportion rounded to 4 decimals. */
    public static BigDecimal rate(int successes, int n) {
        return BigDecimal.valueOf(successes).divide(BigDecimal.valueOf(n), 4, RoundingMode.HALF_UP);
    }

    private static BigDecimal round(double v) {
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP);
    }
}
