package org.ketapath.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The dates KetaPath takes from a request at all: years 1900 to 2200. java.time parses years up to ±999,999,999,
 * and such a date overflows the next day's arithmetic or PostgreSQL's range (a 500); anything outside these
 * years is a mistake in the input. Modules narrow this further where they need to (scheduling: 2000 to 2200).
 */
public final class PlausibleDates {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2200;

    private PlausibleDates() {}

    public static boolean plausible(LocalDate date) {
        return date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR;
    }

    public static boolean plausible(LocalDateTime time) {
        return plausible(time.toLocalDate());
    }

    public static boolean plausible(Instant instant) {
        return !instant.isBefore(LocalDate.of(MIN_YEAR, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC))
                && instant.isBefore(
                        LocalDate.of(MAX_YEAR + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /** The words for a field refused by this rule. */
    public static String describe() {
        return "must be a date between " + MIN_YEAR + " and " + MAX_YEAR;
    }
}
