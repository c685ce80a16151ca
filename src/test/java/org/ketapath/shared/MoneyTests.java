package org.ketapath.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTests {

    @Test
    void shouldAddSubtractAndMultiplyInWholeCentsWithoutRounding() {
        Money infusion = Money.parse("550.10");
        assertThat(infusion.times(6)).isEqualTo(Money.ofCents(330_060));
        assertThat(infusion.plus(Money.ofCents(90)).minus(Money.ofDollars(1))).isEqualTo(Money.ofDollars(550));
        // 0.1 + 0.2 is exactly 0.3 in cents (it is not in binary floating point)
        assertThat(Money.parse("0.10").plus(Money.parse("0.20"))).isEqualTo(Money.parse("0.30"));
        assertThat(Money.ofDollars(3000).minus(Money.ofDollars(3300)).format()).isEqualTo("-$300.00");
    }

    @Test
    void shouldAddAndSubtractAsTheirCentsDoForAnyAmounts() {
        qt().withExamples(2_000)
                .forAll(
                        longs().between(-1_000_000_000L, 1_000_000_000L),
                        longs().between(-1_000_000_000L, 1_000_000_000L))
                .checkAssert((a, b) -> {
                    Money x = Money.ofCents(a);
                    Money y = Money.ofCents(b);
                    assertThat(x.plus(y).minus(y)).isEqualTo(x);
                    assertThat(x.plus(y)).isEqualTo(y.plus(x));
                    assertThat(x.plus(y).usd()).isEqualByComparingTo(x.usd().add(y.usd()));
                });
    }

    @Test
    void shouldMultiplyAsRepeatedAdditionForAnyCount() {
        qt().withExamples(500)
                .forAll(longs().between(0, 10_000_000L), integers().between(0, 60))
                .checkAssert((cents, n) -> {
                    Money sum = Money.ZERO;
                    for (int i = 0; i < n; i++) {
                        sum = sum.plus(Money.ofCents(cents));
                    }
                    assertThat(Money.ofCents(cents).times(n)).isEqualTo(sum);
                });
    }

    @Test
    void shouldReadBackWhatItShowsInAForm() {
        qt().withExamples(2_000).forAll(longs().between(0, 1_000_000_000L)).checkAssert(cents -> {
            Money money = Money.ofCents(cents);
            assertThat(Money.parse(money.plain())).isEqualTo(money);
            assertThat(Money.parse(money.format())).isEqualTo(money);
        });
    }

    @Test
    void shouldRefuseToOverflow() {
        assertThatThrownBy(() -> Money.ofCents(Long.MAX_VALUE).plus(Money.ofCents(1)))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofCents(Long.MAX_VALUE / 2).times(3)).isInstanceOf(ArithmeticException.class);
    }

    @ParameterizedTest
    @CsvSource({"550,55000", "550.5,55050", "'3,300.00',330000", "$3300,330000", "'$3,300',330000", "0,0", "0.07,7"})
    void shouldReadAmountsAsPeopleTypeThem(String typed, long cents) {
        assertThat(Money.parse(typed)).isEqualTo(Money.ofCents(cents));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "-5", "5.001", "1,00", "12,3456.00", "1e3", "NaN", "10000001", "5 5"})
    void shouldRefuseWhatIsNotAnAmount(String typed) {
        assertThatThrownBy(() -> Money.parse(typed)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldFormatDollarsForPeople() {
        assertThat(Money.ofDollars(3300).formatShort()).isEqualTo("$3,300");
        assertThat(Money.parse("3300.5").formatShort()).isEqualTo("$3,300.50");
        assertThat(Money.ofDollars(3300).format()).isEqualTo("$3,300.00");
        assertThat(Money.ofDollars(3300).usd()).isEqualTo(new BigDecimal("3300.00"));
        assertThat(Money.ofUsd(new BigDecimal("550.00"))).isEqualTo(Money.ofDollars(550));
        assertThatThrownBy(() -> Money.ofUsd(new BigDecimal("0.001"))).isInstanceOf(ArithmeticException.class);
    }
}
