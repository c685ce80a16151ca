package org.ketapath.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A five-digit US ZIP code. Says nothing about whether the code exists: {@link ZipCentroids} knows that.
 *
 * @param value the five digits, leading zeros kept
 */
public record ZipCode(String value) {

    private static final Pattern FIVE_DIGITS = Pattern.compile("[0-9]{5}");

    public ZipCode {
        Objects.requireNonNull(value, "value");
        if (!FIVE_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("a ZIP code is five digits");
        }
    }

    /** Parses user input, ignoring surrounding spaces. */
    public static ZipCode parse(String text) {
        return new ZipCode(text == null ? "" : text.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
