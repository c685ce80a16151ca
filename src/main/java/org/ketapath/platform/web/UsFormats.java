package org.ketapath.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Dates, times, zones and ratings as people in the US read them ("Dec 2, 2026, 3:14 PM", "Wed, Dec 2, 9:00 AM
 * EST", "Eastern Time"), for templates as {@code ${fmt.dateTime(at, zone)}} (every page has it). The one place for these
 * formats until the shared date/time helper replaces it.
 */
@Component("usFormats")
public class UsFormats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm a", Locale.US);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE, MMM d, h:mm a z", Locale.US);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    /** "Dec 2, 2026, 3:14 PM" in the given zone. */
    public String dateTime(Instant at, ZoneId zone) {
        return DATE_TIME.format(at.atZone(zone));
    }

    /** "Dec 2, 2026, 3:14 PM" in the zone named (an IANA id such as America/New_York). */
    public String dateTime(Instant at, String zone) {
        return dateTime(at, ZoneId.of(zone));
    }

    /** "Wed, Dec 2, 9:00 AM EST": a visit's start in the clinic's zone, with the zone's abbreviation. */
    public String dayTime(OffsetDateTime at, @Nullable ZoneId zone) {
        return DAY_TIME.format(at.atZoneSameInstant(zone == null ? at.getOffset() : zone));
    }

    /** "Dec 2, 2026". */
    public String date(LocalDate day) {
        return DATE.format(day);
    }

    /** "Dec 2, 2026": the day of an instant in the zone named. */
    public String day(Instant at, String zone) {
        return DATE.format(at.atZone(ZoneId.of(zone)));
    }

    /** "9:00 AM" for a time of day written "09:00" (the text itself when it is not one). */
    public String time(String hoursAndMinutes) {
        try {
            return java.time.LocalTime.parse(hoursAndMinutes).format(DateTimeFormatter.ofPattern("h:mm a", Locale.US));
        } catch (java.time.format.DateTimeParseException e) {
            return hoursAndMinutes;
        }
    }

    /** "Eastern Time" for America/New_York; the id itself when Java knows no name for it. */
    public String zoneName(String zone) {
        try {
            return ZoneId.of(zone).getDisplayName(TextStyle.FULL_STANDALONE, Locale.US);
        } catch (RuntimeException e) {
            return zone;
        }
    }

    /** A rating of 1-5 as five stars, filled to the nearest whole star ("★★★★☆" for 4.3). */
    public String stars(double rating) {
        int full = (int) Math.max(0, Math.min(5, Math.round(rating)));
        return "★".repeat(full) + "☆".repeat(5 - full);
    }

    /** "4.3" for a rating. */
    public String rating(double rating) {
        return String.format(Locale.US, "%.1f", rating);
    }
}
