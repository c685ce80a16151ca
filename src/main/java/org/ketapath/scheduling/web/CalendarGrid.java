package org.ketapath.scheduling.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ketapath.scheduling.ServiceType;
import org.ketapath.scheduling.domain.AppointmentView;
import org.ketapath.scheduling.domain.StaffOperations;

/** A day as a table: one row per quarter hour, one column per practitioner and per chair; and the visit list. */
record CalendarGrid(List<Column> columns, List<Row> rows, List<Visit> visits) {

    /** Who is who on the calendar: chairs' labels, practitioners' and patients' names, by id. */
    record Names(
            java.util.Map<UUID, String> chairs,
            java.util.Map<UUID, String> practitioners,
            java.util.Map<UUID, String> patients) {

        String patient(UUID id) {
            return patients.getOrDefault(id, "Patient (account closed)");
        }
    }

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    record Column(UUID id, String label) {}

    record Row(String time, List<String> cells) {}

    record Visit(
            UUID id,
            String time,
            String patient,
            String service,
            String practitioner,
            String chair,
            String status,
            List<String> phases) {}

    /**
     * The grid with everyone by name: practitioners as the directory lists them, patients by their names, chairs
     * by their own labels (as set in the schedule settings).
     */
    static CalendarGrid of(StaffOperations.Day day, Names names) {
        java.util.Map<UUID, String> chairLabels = names.chairs();
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < day.practitioners().size(); i++) {
            UUID practitioner = day.practitioners().get(i);
            columns.add(new Column(
                    practitioner, names.practitioners().getOrDefault(practitioner, "Practitioner " + (i + 1))));
        }
        for (int i = 0; i < day.chairs().size(); i++) {
            UUID chair = day.chairs().get(i);
            columns.add(new Column(chair, chairLabels.getOrDefault(chair, "Chair " + (i + 1))));
        }
        List<Row> rows = new ArrayList<>();
        ZonedDateTime t = day.date().atStartOfDay(day.zone()).plusHours(7);
        ZonedDateTime end = day.date().atTime(LocalTime.of(20, 0)).atZone(day.zone());
        for (; t.isBefore(end); t = t.plusMinutes(15)) {
            Instant at = t.toInstant();
            List<String> cells = new ArrayList<>();
            for (Column c : columns) {
                cells.add(cell(day.appointments(), c.id(), at, names));
            }
            rows.add(new Row(TIME.format(t), cells));
        }
        List<Visit> visits = new ArrayList<>();
        for (AppointmentView a : day.appointments()) {
            visits.add(new Visit(
                    a.id(),
                    TIME.format(a.start().atZone(day.zone())),
                    names.patient(a.patientId()),
                    a.service().label(),
                    label(columns, a.practitionerId()),
                    a.chairId() == null ? "-" : label(columns, a.chairId()),
                    org.ketapath.scheduling.ClinicVisits.statusInWords(String.valueOf(a.status())),
                    phases(a)));
        }
        return new CalendarGrid(columns, rows, visits);
    }

    private static String cell(List<AppointmentView> appointments, UUID resource, Instant at, Names names) {
        for (AppointmentView a : appointments) {
            boolean mine = resource.equals(a.chairId()) || resource.equals(a.practitionerId());
            if (mine && !at.isBefore(a.start()) && at.isBefore(a.end())) {
                String phase = phaseAt(a, at);
                boolean practitionerBusy = resource.equals(a.chairId())
                        || a.service() != ServiceType.IV_INFUSION
                        || phase.equals("pre-check");
                if (practitionerBusy) {
                    return names.patient(a.patientId()) + " (" + phase + ")";
                }
            }
        }
        return "";
    }

    private static String phaseAt(AppointmentView a, Instant at) {
        Instant mainStart = a.start().plus(Duration.ofMinutes(a.preMinutes()));
        Instant postStart = mainStart.plus(Duration.ofMinutes(a.mainMinutes()));
        if (at.isBefore(mainStart)) {
            return "pre-check";
        }
        if (at.isBefore(postStart)) {
            return a.service() == ServiceType.IV_INFUSION ? "infusion" : "visit";
        }
        return "monitoring";
    }

    static List<String> phases(AppointmentView a) {
        List<String> phases = new ArrayList<>();
        ZonedDateTime t = a.start().atZone(a.zone());
        if (a.preMinutes() > 0) {
            phases.add("Pre-check " + TIME.format(t) + "-" + TIME.format(t.plusMinutes(a.preMinutes())));
            t = t.plusMinutes(a.preMinutes());
        }
        String main = a.service() == ServiceType.IV_INFUSION ? "Infusion " : "Visit ";
        phases.add(main + TIME.format(t) + "-" + TIME.format(t.plusMinutes(a.mainMinutes())));
        t = t.plusMinutes(a.mainMinutes());
        if (a.postMinutes() > 0) {
            phases.add("Monitoring " + TIME.format(t) + "-" + TIME.format(t.plusMinutes(a.postMinutes())));
        }
        return phases;
    }

    private static String label(List<Column> columns, UUID id) {
        return columns.stream()
                .filter(c -> c.id().equals(id))
                .map(Column::label)
                .findFirst()
                .orElse("-");
    }
}
