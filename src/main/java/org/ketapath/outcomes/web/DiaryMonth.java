package org.ketapath.outcomes.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ketapath.outcomes.domain.DiaryDay;
import org.ketapath.outcomes.domain.DiaryService;
import org.ketapath.outcomes.domain.OutcomeRules;

/**
 * A month of the diary as a calendar, Sunday first: each day says in words what was entered, or that it is
 * missing, and links to its form while it can still be changed.
 *
 * @param title "November 2026"
 * @param previous the month before (always offered)
 * @param next the month after, or null when it would be in the future
 * @param weeks rows of seven cells; cells outside the month are null
 * @param missing days of the month up to today without an entry
 */
record DiaryMonth(
        String title,
        YearMonth month,
        YearMonth previous,
        @Nullable YearMonth next,
        List<List<@Nullable Cell>> weeks,
        int missing) {

    /**
     * A day in the calendar.
     *
     * @param kind migraine, headache, free, missing or future (a CSS class and the key of its label)
     * @param label what the day holds, in words
     * @param editable whether it can still be entered or changed (a link to its form)
     */
    record Cell(LocalDate date, int day, String kind, String label, boolean editable, boolean today) {}

    static DiaryMonth of(YearMonth month, Map<LocalDate, DiaryDay> days, LocalDate today) {
        List<List<Cell>> weeks = new ArrayList<>();
        List<Cell> week = new ArrayList<>();
        int lead = month.atDay(1).getDayOfWeek().getValue() % 7; // Sunday = 0
        for (int i = 0; i < lead; i++) {
            week.add(null);
        }
        int missing = 0;
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate date = month.atDay(d);
            Cell cell = cell(date, days.get(date), today);
            if (cell.kind().equals("missing")) {
                missing++;
            }
            week.add(cell);
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(null);
            }
            weeks.add(week);
        }
        YearMonth thisMonth = YearMonth.from(today);
        return new DiaryMonth(
                month.getMonth().getDisplayName(TextStyle.FULL, Locale.US) + " " + month.getYear(),
                month,
                month.minusMonths(1),
                month.isBefore(thisMonth) ? month.plusMonths(1) : null,
                List.copyOf(weeks),
                missing);
    }

    private static Cell cell(LocalDate date, @Nullable DiaryDay entry, LocalDate today) {
        boolean editable = DiaryService.editable(date, today);
        boolean isToday = date.equals(today);
        if (date.isAfter(today)) {
            return new Cell(date, date.getDayOfMonth(), "future", "", false, false);
        }
        if (entry == null) {
            return new Cell(date, date.getDayOfMonth(), "missing", "Missing", editable, isToday);
        }
        if (OutcomeRules.migraineDay(entry)) {
            return new Cell(date, date.getDayOfMonth(), "migraine", "Migraine", editable, isToday);
        }
        if (entry.headache()) {
            return new Cell(date, date.getDayOfMonth(), "headache", "Headache", editable, isToday);
        }
        return new Cell(date, date.getDayOfMonth(), "free", "No headache", editable, isToday);
    }

    /** The weekday headings, Sunday first. */
    static List<String[]> weekdays() {
        List<String[]> names = new ArrayList<>();
        for (DayOfWeek d : List.of(
                DayOfWeek.SUNDAY,
                DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY,
                DayOfWeek.SATURDAY)) {
            names.add(new String[] {
                d.getDisplayName(TextStyle.SHORT, Locale.US), d.getDisplayName(TextStyle.FULL, Locale.US)
            });
        }
        return names;
    }
}
