package org.ketapath.workspace.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as the rest of the site writes them: "Wed, Dec 2, 2026", "9:00 AM EST". */
final class UsTimes {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE, MMM d, yyyy", Locale.US);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.US);

    private UsTimes() {}

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    static String date(Instant instant, ZoneId zone) {
        return DATE.format(instant.atZone(zone));
    }

    /** "9:00 AM". */
    static String time(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }

    /** "9:00 AM EST". */
    static String timeWithZone(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone)) + " " + ZONE.format(instant.atZone(zone));
    }

    /** "Wed, Dec 2, 2026, 9:00 AM EST". */
    static String dateTime(Instant instant, ZoneId zone) {
        return date(instant, zone) + ", " + timeWithZone(instant, zone);
    }
}
