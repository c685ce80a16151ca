package org.ketapath.outcomes.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The words of the diary form: field labels (for the error summary) and the duration choices. */
final class DiaryLabels {

    private DiaryLabels() {}

    static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("headache", "Headache"),
            Map.entry("peakPain", "Worst pain"),
            Map.entry("durationHours", "How long it lasted"),
            Map.entry("med0Name", "Medicine 1"),
            Map.entry("med0Doses", "Doses of medicine 1"),
            Map.entry("med1Name", "Medicine 2"),
            Map.entry("med1Doses", "Doses of medicine 2"),
            Map.entry("med2Name", "Medicine 3"),
            Map.entry("med2Doses", "Doses of medicine 3"),
            Map.entry("notes", "Notes"),
            Map.entry("timeZone", "Time zone"),
            Map.entry("reminder", "Reminder time"));

    /** A duration choice: its value in hours and its words. */
    record Duration(String value, String label, boolean selected) {}

    private static final String[][] CHOICES = {
        {"0.25", "Under 30 minutes"},
        {"0.5", "30 minutes to 1 hour"},
        {"1", "1 to 2 hours"},
        {"2", "2 to 4 hours"},
        {"4", "4 to 8 hours"},
        {"8", "8 to 12 hours"},
        {"12", "12 to 24 hours"},
        {"24", "All day"}
    };

    /** The choices, the one saved selected (a value from the API that is not a choice is added as itself). */
    static List<Duration> durations(@Nullable BigDecimal saved) {
        List<Duration> out = new ArrayList<>();
        boolean found = false;
        for (String[] c : CHOICES) {
            boolean selected = saved != null && new BigDecimal(c[0]).compareTo(saved) == 0;
            found |= selected;
            out.add(new Duration(c[0], c[1], selected));
        }
        if (saved != null && !found) {
            String hours = saved.stripTrailingZeros().toPlainString();
            out.add(new Duration(hours, hours + " hours", true));
        }
        return out;
    }
}
