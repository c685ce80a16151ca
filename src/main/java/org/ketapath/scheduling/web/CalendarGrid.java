package org.ketapath.scheduling.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.scheduling.ClinicVisits;
import org.ketapath.scheduling.ServiceType;
import org.ketapath.scheduling.domain.AppointmentView;
import org.ketapath.scheduling.domain.StaffOperations;

/**
 * A clinic's day as staff read it: a grid with time down the side in five-minute rows and one column per
 * practitioner and per chair, each visit a block of cells spanning its phases (pre-check, infusion or visit,
 * monitoring, each shaded differently), blocked time marked; and the same visits as a list, for narrow screens.
 * Everyone is named, services and statuses are in words, and each visit offers only the actions valid now.
 */
record CalendarGrid(List<Column> columns, List<GridRow> rows, List<Visit> visits) {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    static final int ROW_MINUTES = 5;

    /** Who is who on the calendar: chairs' labels, practitioners' and patients' names, by id. */
    record Names(Map<UUID, String> chairs, Map<UUID, String> practitioners, Map<UUID, String> patients) {

        String patient(UUID id) {
            return patients.getOrDefault(id, "Patient (account closed)");
        }
    }

    /** A practitioner's or a chair's column. */
    record Column(UUID id, String label, boolean chair) {}

    /** One five-minute row: its time label when it starts a quarter hour, and the cells that start in it. */
    record GridRow(@Nullable String time, List<Cell> cells) {}

    /**
     * A cell of the grid spanning {@code rowspan} rows: free time, blocked time, or one phase of a visit. The
     * first phase of a visit in the column that carries it holds the visit's details and actions.
     */
    record Cell(
            int rowspan,
            String css,
            @Nullable String phase,
            @Nullable Visit visit,
            boolean details) {}

    /** What staff may do with a visit now: the address part, the button's words and its style. */
    record Action(String path, String label, String css) {}

    /** A visit with everyone by name and everything in words. */
    record Visit(
            UUID id,
            UUID patientId,
            String time,
            String patient,
            String service,
            String practitioner,
            String chair,
            String status,
            String statusStyle,
            List<String> phases,
            List<Action> actions) {}

    static CalendarGrid of(StaffOperations.Day day, Names names) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < day.practitioners().size(); i++) {
            UUID practitioner = day.practitioners().get(i);
            columns.add(new Column(
                    practitioner, names.practitioners().getOrDefault(practitioner, "Practitioner " + (i + 1)), false));
        }
        for (int i = 0; i < day.chairs().size(); i++) {
            UUID chair = day.chairs().get(i);
            columns.add(new Column(chair, names.chairs().getOrDefault(chair, "Chair " + (i + 1)), true));
        }
        List<Visit> visits = new ArrayList<>();
        for (AppointmentView a : day.appointments()) {
            visits.add(visit(a, day, names, columns));
        }
        return new CalendarGrid(columns, rows(day, columns, visits), visits);
    }

    private static Visit visit(AppointmentView a, StaffOperations.Day day, Names names, List<Column> columns) {
        String status = ClinicVisits.statusInWords(String.valueOf(a.status()));
        List<Action> actions = day.actions().getOrDefault(a.id(), List.of()).stream()
                .map(CalendarGrid::action)
                .toList();
        return new Visit(
                a.id(),
                a.patientId(),
                TIME.format(a.start().atZone(day.zone())) + " to "
                        + TIME.format(a.end().atZone(day.zone())),
                names.patient(a.patientId()),
                a.service().label(),
                label(columns, a.practitionerId()),
                a.chairId() == null ? "No chair" : label(columns, a.chairId()),
                status,
                statusStyle(status),
                phases(a),
                actions);
    }

    private static Action action(String name) {
        return switch (name) {
            case "CHECK_IN" -> new Action("check-in", "Check in", "action action-check-in");
            case "START" -> new Action("start", "Start", "action action-start");
            case "COMPLETE" -> new Action("complete", "Complete", "action action-complete");
            default -> new Action("no-show", "No-show", "action action-no-show");
        };
    }

    static String statusStyle(String statusInWords) {
        return "status status-" + statusInWords.toLowerCase(Locale.US).replace(' ', '-');
    }

    /** The grid's rows from the earlier of 8 AM and the first visit to the later of 6 PM and the last one. */
    private static List<GridRow> rows(StaffOperations.Day day, List<Column> columns, List<Visit> visits) {
        ZonedDateTime first = day.date().atTime(LocalTime.of(8, 0)).atZone(day.zone());
        ZonedDateTime last = day.date().atTime(LocalTime.of(18, 0)).atZone(day.zone());
        for (AppointmentView a : day.appointments()) {
            first = earlier(first, a.start().atZone(day.zone()).truncatedTo(java.time.temporal.ChronoUnit.HOURS));
            ZonedDateTime end = a.end().atZone(day.zone());
            last = end.isAfter(last)
                    ? end.truncatedTo(java.time.temporal.ChronoUnit.HOURS).plusHours(1)
                    : last;
        }
        ZonedDateTime dayStart = day.date().atStartOfDay(day.zone());
        ZonedDateTime dayEnd = day.date().plusDays(1).atStartOfDay(day.zone());
        first = first.isBefore(dayStart) ? dayStart : first;
        last = last.isAfter(dayEnd) ? dayEnd : last;
        int count = (int) (Duration.between(first, last).toMinutes() / ROW_MINUTES);
        Instant origin = first.toInstant();
        Cell[][] starts = new Cell[count][columns.size()];
        boolean[][] taken = new boolean[count][columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            for (int i = 0; i < day.appointments().size(); i++) {
                AppointmentView a = day.appointments().get(i);
                place(a, visits.get(i), column, c, origin, starts, taken);
            }
            for (StaffOperations.Block b : day.blocks()) {
                if (b.resourceId().equals(column.id())) {
                    put(
                            starts,
                            taken,
                            c,
                            row(origin, b.start()),
                            row(origin, b.end()),
                            "blocked",
                            "Blocked",
                            null,
                            false);
                }
            }
        }
        List<GridRow> rows = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            ZonedDateTime at = first.plusMinutes((long) r * ROW_MINUTES);
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                if (starts[r][c] != null) {
                    cells.add(starts[r][c]);
                } else if (!taken[r][c]) {
                    cells.add(new Cell(1, "free", null, null, false));
                }
            }
            rows.add(new GridRow(at.getMinute() % 15 == 0 ? TIME.format(at) : null, cells));
        }
        return rows;
    }

    /**
     * The cells of a visit in one column: a chair is used for the whole visit; a practitioner for the whole of a
     * visit without a chair, and for the pre-check of an IV infusion (nurses cover the infusion and monitoring).
     */
    private static void place(
            AppointmentView a, Visit visit, Column column, int c, Instant origin, Cell[][] starts, boolean[][] taken) {
        boolean chairColumn = column.chair() && column.id().equals(a.chairId());
        boolean practitionerColumn = !column.chair() && column.id().equals(a.practitionerId());
        if (!chairColumn && !practitionerColumn) {
            return;
        }
        boolean carriesDetails = chairColumn || a.chairId() == null;
        Instant t = a.start();
        Instant mainStart = t.plus(Duration.ofMinutes(a.preMinutes()));
        Instant postStart = mainStart.plus(Duration.ofMinutes(a.mainMinutes()));
        boolean details = carriesDetails;
        if (a.preMinutes() > 0) {
            put(
                    starts,
                    taken,
                    c,
                    row(origin, t),
                    row(origin, mainStart),
                    "phase phase-pre",
                    "Pre-check",
                    visit,
                    details);
            details = false;
        }
        if (practitionerColumn && a.service() == ServiceType.IV_INFUSION && a.preMinutes() > 0) {
            return;
        }
        String main = a.service() == ServiceType.IV_INFUSION ? "Infusion" : "Visit";
        put(starts, taken, c, row(origin, mainStart), row(origin, postStart), "phase phase-main", main, visit, details);
        if (a.postMinutes() > 0) {
            put(
                    starts,
                    taken,
                    c,
                    row(origin, postStart),
                    row(origin, a.end()),
                    "phase phase-post",
                    "Monitoring",
                    visit,
                    false);
        }
    }

    /** Puts a cell over rows [from, to) of a column, shortened so it never overlaps a cell already placed. */
    private static void put(
            Cell[][] starts,
            boolean[][] taken,
            int column,
            int from,
            int to,
            String css,
            String phase,
            @Nullable Visit visit,
            boolean details) {
        int start = Math.max(0, from);
        while (start < starts.length && taken[start][column]) {
            start++;
        }
        int end = Math.min(starts.length, Math.max(to, start + 1));
        for (int r = start; r < end; r++) {
            if (taken[r][column]) {
                end = r;
                break;
            }
        }
        if (start >= end) {
            return;
        }
        for (int r = start; r < end; r++) {
            taken[r][column] = true;
        }
        starts[start][column] = new Cell(end - start, css, phase, visit, details);
    }

    private static int row(Instant origin, Instant at) {
        return (int) Math.floorDiv(Duration.between(origin, at).toMinutes(), ROW_MINUTES);
    }

    private static ZonedDateTime earlier(ZonedDateTime a, ZonedDateTime b) {
        return b.isBefore(a) ? b : a;
    }

    static List<String> phases(AppointmentView a) {
        List<String> phases = new ArrayList<>();
        ZonedDateTime t = a.start().atZone(a.zone());
        if (a.preMinutes() > 0) {
            phases.add("Pre-check " + TIME.format(t) + " to " + TIME.format(t.plusMinutes(a.preMinutes())));
            t = t.plusMinutes(a.preMinutes());
        }
        String main = a.service() == ServiceType.IV_INFUSION ? "Infusion " : "Visit ";
        phases.add(main + TIME.format(t) + " to " + TIME.format(t.plusMinutes(a.mainMinutes())));
        t = t.plusMinutes(a.mainMinutes());
        if (a.postMinutes() > 0) {
            phases.add("Monitoring " + TIME.format(t) + " to " + TIME.format(t.plusMinutes(a.postMinutes())));
        }
        return phases;
    }

    private static String label(List<Column> columns, UUID id) {
        return columns.stream()
                .filter(c -> c.id().equals(id))
                .map(Column::label)
                .findFirst()
                .orElse("Not on shift");
    }

    /** A week as a grid: one column per day, one row per hour, each visit in the hour it starts. */
    record Week(List<WeekDay> days, List<WeekRow> rows) {}

    /** An hour of the week: its label and, per day, the visits starting in it. */
    record WeekRow(String time, List<List<Visit>> days) {}

    /** One day of the week: its date, its names ("Mon, Dec 14", "Monday, December 14") and its visits. */
    record WeekDay(LocalDate date, String shortName, String longName, List<Visit> visits) {}

    static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE, MMM d", Locale.US);
    static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.US);

    static Week week(List<StaffOperations.Day> days, Names names) {
        int firstHour = 8;
        int lastHour = 18;
        List<List<Visit>> visitsByDay = new ArrayList<>();
        List<List<Integer>> hoursByDay = new ArrayList<>();
        for (StaffOperations.Day d : days) {
            CalendarGrid grid = of(d, names);
            visitsByDay.add(grid.visits());
            List<Integer> hours = new ArrayList<>();
            for (AppointmentView a : d.appointments()) {
                int hour = a.start().atZone(d.zone()).getHour();
                hours.add(hour);
                firstHour = Math.min(firstHour, hour);
                lastHour = Math.max(lastHour, hour + 1);
            }
            hoursByDay.add(hours);
        }
        List<WeekRow> rows = new ArrayList<>();
        for (int hour = firstHour; hour < lastHour; hour++) {
            List<List<Visit>> cells = new ArrayList<>();
            for (int d = 0; d < days.size(); d++) {
                List<Visit> inHour = new ArrayList<>();
                for (int i = 0; i < visitsByDay.get(d).size(); i++) {
                    if (hoursByDay.get(d).get(i) == hour) {
                        inHour.add(visitsByDay.get(d).get(i));
                    }
                }
                cells.add(inHour);
            }
            rows.add(new WeekRow(TIME.format(LocalTime.of(hour, 0)), cells));
        }
        List<WeekDay> list = new ArrayList<>();
        for (int d = 0; d < days.size(); d++) {
            LocalDate date = days.get(d).date();
            list.add(new WeekDay(date, SHORT_DAY.format(date), LONG_DAY.format(date), visitsByDay.get(d)));
        }
        return new Week(list, rows);
    }
}
