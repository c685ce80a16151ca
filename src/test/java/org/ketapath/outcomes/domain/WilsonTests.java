package org.ketapath.outcomes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Wilson score interval against the published values of Newcombe 1998 (Stat Med 17:857), method 3. */
class WilsonTests {

    @ParameterizedTest(name = "{0}/{1} -> {2} to {3}")
    @CsvSource({
        "81, 263, 0.2553, 0.3662",
        "15, 148, 0.0624, 0.1605",
        "0, 20, 0.0000, 0.1611",
        "1, 29, 0.0061, 0.1718",
        "5, 10, 0.2366, 0.7634",
        "10, 10, 0.7225, 1.0000"
    })
    void shouldMatchPublishedWilsonIntervals(int x, int n, String lower, String upper) {
        assertThat(Wilson.ci95(x, n)).containsExactly(new BigDecimal(lower), new BigDecimal(upper));
    }

    @Test
    void shouldRoundTheRateToFourDecimals() {
        assertThat(Wilson.rate(48, 61)).isEqualByComparingTo("0.7869");
    }

    @Test
    void shouldRefuseImpossibleCounts() {
        assertThatThrownBy(() -> Wilson.ci95(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Wilson.ci95(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
