package org.ketapath.scheduling.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ketapath.scheduling.AppointmentCompleted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What clinic staff do with the day: check-in, start, complete, no-show, block time; the day's view. */
@Service
public class StaffOperations {

    private static final Map<String, List<String>> TRANSITIONS = Map.of(
            "CHECK_IN", List.of("BOOKED"),
            "START", List.of("BOOKED", "CHECKED_IN"),
            "COMPLETE", List.of("IN_PROGRESS", "CHECKED_IN"),
            "NO_SHOW", List.of("BOOKED"));
    private static final Map<String, String> TARGET =
            Map.of("CHECK_IN", "CHECKED_IN", "START", "IN_PROGRESS", "COMPLETE", "COMPLETED", "NO_SHOW", "NO_SHOW");

    private final AppointmentRepository appointments;
    private final ScheduleRepository schedules;
    private final ResourceLedger ledger;
    private final ApplicationEventPublisher events;
    private final SchedulingClock clock;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    StaffOperations(
            AppointmentRepository appointments,
            ScheduleRepository schedules,
            ResourceLedger ledger,
            ApplicationEventPublisher events,
            SchedulingClock clock,
            org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.appointments = appointments;
        this.schedules = schedules;
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
    }

    /** How early on the day of a visit the patient may be checked in. */
    public static final Duration CHECK_IN_FROM = Duration.ofMinutes(60);

    /** The clinic's day in its own zone, or null when the clinic has no schedule. */
    @Transactional(readOnly = true)
    public @org.jspecify.annotations.Nullable Day day(UUID clinicId, LocalDate date) {
        Instant now = clock.now();
        return schedules
                .load(clinicId)
                .map(s -> {
                    Interval range = SlotPlanner.dayRange(s.zone(), date, date);
                    List<UUID> practitioners = s.shifts().stream()
                            .map(ClinicSchedule.Shift::practitionerId)
                            .distinct()
                            .toList();
                    List<AppointmentView> visits = appointments.ofClinic(clinicId, range.start(), range.end());
                    Map<UUID, List<String>> actions = new java.util.HashMap<>();
                    visits.forEach(v -> actions.put(v.id(), allowed(v, now)));
                    return new Day(
                            s.zone(),
                            date,
                            s.chairs(),
                            practitioners,
                            visits,
                            actions,
                            blocks(clinicId, range),
                            LocalDate.ofInstant(now, s.zone()));
                })
                .orElse(null);
    }

    /** Today in the clinic's zone (its schedule's), or in UTC when it has no schedule. */
    @Transactional(readOnly = true)
    public LocalDate today(UUID clinicId) {
        java.time.ZoneId zone =
                schedules.load(clinicId).map(ClinicSchedule::zone).orElse(java.time.ZoneOffset.UTC);
        return LocalDate.ofInstant(clock.now(), zone);
    }

    /**
     * What staff may mark a visit as now, in order: check-in from 60 minutes before its start on the day of the
     * visit; start once checked in; complete once started; no-show once its start time has passed while it is
     * still only booked.
     */
    static List<String> allowed(AppointmentView a, Instant now) {
        List<String> actions = new java.util.ArrayList<>();
        String status = String.valueOf(a.status());
        boolean sameDay = LocalDate.ofInstant(now, a.zone()).equals(LocalDate.ofInstant(a.start(), a.zone()));
        if (status.equals("BOOKED") && sameDay && !now.isBefore(a.start().minus(CHECK_IN_FROM))) {
            actions.add("CHECK_IN");
        }
        if (status.equals("CHECKED_IN")) {
            actions.add("START");
        }
        if (status.equals("IN_PROGRESS")) {
            actions.add("COMPLETE");
        }
        if (status.equals("BOOKED") && !now.isBefore(a.start())) {
            actions.add("NO_SHOW");
        }
        return actions;
    }

    private List<Block> blocks(UUID clinicId, Interval range) {
        return jdbc.sql("""
                        select resource_id, lower(period), upper(period) from resource_booking
                         where clinic_id = :c and kind = 'BLOCK' and period && tstzrange(:f, :t, '[)')
                         order by lower(period), resource_id
                        """)
                .param("c", clinicId)
                .param("f", ScheduleRepository.utc(range.start()))
                .param("t", ScheduleRepository.utc(range.end()))
                .query((rs, n) -> new Block(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, java.time.OffsetDateTime.class).toInstant(),
                        rs.getObject(3, java.time.OffsetDateTime.class).toInstant()))
                .list();
    }

    /**
     * Marks a visit; refused (not found for another clinic's visit, "wrong state" otherwise) unless the action is
     * one {@link #allowed} offers now.
     */
    @Transactional
    public AppointmentView act(UUID clinicId, UUID appointmentId, String action) {
        Instant now = clock.now();
        AppointmentView a = appointments
                .findForUpdate(appointmentId)
                .filter(found -> found.clinicId().equals(clinicId))
                .orElseThrow(() -> SchedulingProblem.notFound("The appointment"));
        List<String> from = TRANSITIONS.get(action);
        if (from == null || !from.contains(a.status()) || !allowed(a, now).contains(action)) {
            throw SchedulingProblem.wrongState("This visit cannot be marked that way now.");
        }
        appointments.status(a.id(), TARGET.get(action), now);
        if (action.equals("COMPLETE")) {
            events.publishEvent(new AppointmentCompleted(a.id(), a.clinicId(), a.patientId(), now));
        }
        return appointments.find(a.id()).orElseThrow();
    }

    /** Blocks a practitioner or chair for a time; false when something is already booked then. */
    @Transactional
    public boolean block(UUID clinicId, UUID resourceId, Instant start, Duration length) {
        if (length.isNegative() || length.isZero() || length.compareTo(Duration.ofDays(1)) > 0) {
            return false;
        }
        ClinicSchedule schedule = schedules.load(clinicId).orElse(null);
        boolean ours = schedule != null
                && (schedule.chairs().contains(resourceId)
                        || schedule.shifts().stream()
                                .anyMatch(s -> s.practitionerId().equals(resourceId)));
        if (!ours) {
            return false;
        }
        return ledger.tryInsert(
                resourceId,
                clinicId,
                "BLOCK",
                UUID.randomUUID(),
                new Interval(start, start.plus(length)),
                null,
                clock.now());
    }

    /**
     * A clinic's day for its staff.
     *
     * @param actions what each visit (by id) may be marked as now, in order
     * @param blocks time staff blocked on a practitioner or chair
     * @param today today in the clinic's zone
     */
    public record Day(
            java.time.ZoneId zone,
            LocalDate date,
            List<UUID> chairs,
            List<UUID> practitioners,
            List<AppointmentView> appointments,
            Map<UUID, List<String>> actions,
            List<Block> blocks,
            LocalDate today) {}

    /** Time blocked on a practitioner or chair. */
    public record Block(UUID resourceId, Instant start, Instant end) {}
}
