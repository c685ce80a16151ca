package org.ketapath.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A National Provider Identifier: ten digits, the last a Luhn check digit computed over "80840" followed by
 * the first nine digits (CMS NPI check-digit rule).
 *
 * @param value the ten digits
 */
public record Npi(String value) {

    private static final Pattern TEN_DIGITS = Pattern.compile("[0-9]{10}");

    public Npi {
        Objects.requireNonNull(value, "value");
        if (!TEN_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("an NPI is ten digits");
        }
        if (checkDigit(value.substring(0, 9)) != value.charAt(9) - '0') {
            throw new IllegalArgumentException("the NPI check digit does not match");
        }
    }

    /** Whether the text is a valid NPI. */
    public static boolean isValid(String text) {
        return text != null
                && TEN_DIGITS.matcher(text).matches()
                && checkDigit(text.substring(0, 9)) == text.charAt(9) - '0';
    }

    /** The Luhn check digit for nine NPI digits (with the 80840 prefix), e.g. for generating test NPIs. */
    public static int checkDigit(String firstNine) {
        String digits = "80840" + firstNine;
        int sum = 0;
        boolean doubleIt = true; // the rightmost payload digit is doubled
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return (10 - sum % 10) % 10;
    }

    @Override
    public String toString() {
        return value;
    }
}
