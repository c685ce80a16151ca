package org.ketapath.shared;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of US dollars as a whole number of cents: no floating point anywhere. Arithmetic is exact and
 * refuses to overflow ({@link ArithmeticException}). Amounts may be negative (a balance in the patient's
 * favour); what is stored as a price or a payment is checked to be zero or more by the database.
 *
 * @param cents the amount in cents
 */
public record Money(long cents) implements Comparable<Money> {

    /** $0.00. */
    public static final Money ZERO = new Money(0);

    /** The largest amount a person may type: ten million dollars. */
    public static final Money MAX_INPUT = new Money(1_000_000_000L);

    private static final Pattern TYPED =
            Pattern.compile("\\$?\\s*((?:[0-9]{1,3}(?:,[0-9]{3})+)|[0-9]+)(?:\\.([0-9]{1,2}))?");

    public static Money ofCents(long cents) {
        return new Money(cents);
    }

    public static Money ofDollars(long dollars) {
        return new Money(Math.multiplyExact(dollars, 100L));
    }

    /** The exact amount of a decimal number of dollars; more than two decimal places is refused. */
    public static Money ofUsd(BigDecimal usd) {
        return new Money(usd.movePointRight(2).longValueExact());
    }

    /**
     * An amount as a person types it: "550", "550.5", "3,300.00" or "$3,300" (no sign, at most two decimal
     * places, at most {@link #MAX_INPUT}).
     *
     * @throws IllegalArgumentException when the text is not such an amount
     */
    public static Money parse(String text) {
        Matcher m = TYPED.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("must be an amount in dollars, like 550 or 550.00");
        }
        String digits = m.group(1).replace(",", "");
        if (digits.length() > 9) {
            throw new IllegalArgumentException("is too large");
        }
        String fraction = m.group(2) == null ? "00" : (m.group(2) + "0").substring(0, 2);
        Money money = new Money(Long.parseLong(digits) * 100 + Integer.parseInt(fraction));
        if (money.compareTo(MAX_INPUT) > 0) {
            throw new IllegalArgumentException("is too large");
        }
        return money;
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(cents, other.cents));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(cents, other.cents));
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(cents, factor));
    }

    public boolean isZero() {
        return cents == 0;
    }

    public boolean isNegative() {
        return cents < 0;
    }

    public boolean isLessThan(Money other) {
        return cents < other.cents;
    }

    /** The amount as a decimal number of dollars with two places (for JSON: {@code 3300.00}). */
    public BigDecimal usd() {
        return BigDecimal.valueOf(cents, 2);
    }

    /** "$3,300.00", "-$12.50". */
    public String format() {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setMinimumFractionDigits(2);
        return format.format(usd());
    }

    /** Whole dollars without cents ("$3,300"), otherwise as {@link #format()}. */
    public String formatShort() {
        if (cents % 100 != 0) {
            return format();
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setMaximumFractionDigits(0);
        return format.format(usd());
    }

    /** What a form field shows: "550.00" (no sign, no separators). */
    public String plain() {
        return usd().toPlainString();
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    @Override
    public String toString() {
        return format();
    }
}
