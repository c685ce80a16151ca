package org.ketapath.scheduling.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.scheduling.ServiceType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What clinic admins change in their schedule from the settings screen: rules (notice, horizon, cancellation,
 * nurse coverage), service durations, weekly hours, shifts, closures and extra hours, chairs. Every method
 * checks its input against the database's own bounds first and answers {@link Invalid} naming the field, so a
 * value out of bounds is a field error, never a failed statement. Availability reads the same tables, so a
 * change takes effect on the next request. Callers check who may change what and audit it.
 */
@Service
public class ScheduleSettingsService {

    private final JdbcClient jdbc;
    private final AppointmentRepository appointments;
    private final SchedulingClock clock;

    ScheduleSettingsService(JdbcClient jdbc, AppointmentRepository appointments, SchedulingClock clock) {
        this.jdbc = jdbc;
        this.appointments = appointments;
        this.clock = clock;
    }

    /** Input that is well formed but not allowed, per field (field key to message). */
    public static final class Invalid extends RuntimeException {
        private final Map<String, String> errors;

        public Invalid(Map<String, String> errors) {
            super("invalid schedule settings: " + errors.keySet());
            this.errors = Map.copyOf(errors);
        }

        public static Invalid of(String field, String message) {
            return new Invalid(Map.of(field, message));
        }

        public Map<String, String> errors() {
            return errors;
        }
    }

    public record Rules(int minNoticeMinutes, int horizonDays, int freeCancelHours, int nurseMaxChairs) {}

    public record Hours(DayOfWeek day, LocalTime opens, LocalTime closes) {}

    public record Shift(UUID practitionerId, DayOfWeek day, LocalTime starts, LocalTime ends, boolean monitorsChairs) {}

    public record OneOff(
            UUID id,
            String kind,
            Instant start,
            Instant end,
            @Nullable String note) {}

    public record Chair(UUID id, String label, UUID locationId) {}

    /** A clinic's whole schedule setup, as the settings screen shows it. */
    public record Current(
            ZoneId zone,
            Rules rules,
            Map<ServiceType, ServiceDefinition> services,
            List<Hours> hours,
            List<Shift> shifts,
            List<OneOff> exceptions,
            List<Chair> chairs) {}

    /** Bounds of the schedule_settings checks. */
    public static final int MAX_NOTICE = 10080;

    public static final int MAX_HORIZON = 730;
    public static final int MAX_FREE_CANCEL = 720;
    public static final int MAX_NURSE_CHAIRS = 12;

    @Transactional(readOnly = true)
    public Optional<Current> current(UUID clinicId) {
        Optional<Object[]> settings = jdbc.sql("""
                        select zone_id, min_notice_minutes, horizon_days, free_cancel_hours, nurse_max_chairs
                        from schedule_settings where clinic_id = :c
                        """)
                .param("c", clinicId)
                .query((rs, n) -> new Object[] {
                    ZoneId.of(rs.getString(1)), new Rules(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5))
                })
                .optional();
        if (settings.isEmpty()) {
            return Optional.empty();
        }
        Map<ServiceType, ServiceDefinition> services = new LinkedHashMap<>();
        jdbc.sql("""
                        select service, pre_minutes, main_minutes, post_minutes, buffer_before, buffer_after
                        from clinic_service where clinic_id = :c order by service
                        """)
                .param("c", clinicId)
                .query((rs, n) -> new ServiceDefinition(
                        ServiceType.valueOf(rs.getString(1)),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getInt(6)))
                .list()
                .forEach(d -> services.put(d.type(), d));
        List<Hours> hours = jdbc.sql(
                        "select weekday, opens_at, closes_at from opening_hours where clinic_id = :c order by weekday, opens_at")
                .param("c", clinicId)
                .query((rs, n) -> new Hours(
                        DayOfWeek.of(rs.getInt(1)),
                        rs.getTime(2).toLocalTime(),
                        rs.getTime(3).toLocalTime()))
                .list();
        List<Shift> shifts = jdbc.sql("""
                        select practitioner_id, weekday, starts_at, ends_at, monitors_chairs from practitioner_shift
                        where clinic_id = :c order by weekday, starts_at, practitioner_id
                        """)
                .param("c", clinicId)
                .query((rs, n) -> new Shift(
                        rs.getObject(1, UUID.class),
                        DayOfWeek.of(rs.getInt(2)),
                        rs.getTime(3).toLocalTime(),
                        rs.getTime(4).toLocalTime(),
                        rs.getBoolean(5)))
                .list();
        List<OneOff> exceptions = jdbc.sql("""
                        select id, kind, lower(period), upper(period), note from schedule_exception
                        where clinic_id = :c order by lower(period), id
                        """)
                .param("c", clinicId)
                .query((rs, n) -> new OneOff(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(),
                        rs.getObject(4, OffsetDateTime.class).toInstant(),
                        rs.getString(5)))
                .list();
        List<Chair> chairs = jdbc.sql(
                        "select id, label, location_id from chair where clinic_id = :c order by label, id")
                .param("c", clinicId)
                .query((rs, n) -> new Chair(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class)))
                .list();
        Object[] s = settings.get();
        return Optional.of(new Current((ZoneId) s[0], (Rules) s[1], services, hours, shifts, exceptions, chairs));
    }

    /** The schedule_settings checks for the values given (null: not a number, reported by the caller). */
    public static Map<String, String> ruleErrors(
            @Nullable Integer notice, @Nullable Integer horizon, @Nullable Integer cancel, @Nullable Integer nurse) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (notice != null) {
            between(errors, "minNotice", notice, 0, MAX_NOTICE, "Minimum notice", "minutes");
        }
        if (horizon != null) {
            between(errors, "horizon", horizon, 1, MAX_HORIZON, "How far ahead patients can book", "days");
        }
        if (cancel != null) {
            between(errors, "freeCancel", cancel, 0, MAX_FREE_CANCEL, "Free cancellation", "hours");
        }
        if (nurse != null) {
            between(errors, "nurseMaxChairs", nurse, 1, MAX_NURSE_CHAIRS, "Chairs per nurse", "chairs");
        }
        return errors;
    }

    @Transactional
    public void rules(UUID clinicId, Rules r) {
        Map<String, String> errors =
                ruleErrors(r.minNoticeMinutes(), r.horizonDays(), r.freeCancelHours(), r.nurseMaxChairs());
        failIf(errors);
        jdbc.sql("""
                        update schedule_settings set min_notice_minutes = :n, horizon_days = :h,
                            free_cancel_hours = :f, nurse_max_chairs = :m where clinic_id = :c
                        """)
                .param("n", r.minNoticeMinutes())
                .param("h", r.horizonDays())
                .param("f", r.freeCancelHours())
                .param("m", r.nurseMaxChairs())
                .param("c", clinicId)
                .update();
    }

    /** Replaces the weekly opening hours: one range per open day; days not listed are closed. */
    @Transactional
    public void hours(UUID clinicId, List<Hours> hours) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Hours h : hours) {
            if (!h.opens().isBefore(h.closes())) {
                errors.put("closes" + h.day().getValue(), "Closing time must be after opening time.");
            }
        }
        failIf(errors);
        jdbc.sql("delete from opening_hours where clinic_id = :c")
                .param("c", clinicId)
                .update();
        for (Hours h : hours) {
            jdbc.sql("insert into opening_hours (clinic_id, weekday, opens_at, closes_at) values (:c, :d, :o, :cl)")
                    .param("c", clinicId)
                    .param("d", h.day().getValue())
                    .param("o", h.opens())
                    .param("cl", h.closes())
                    .update();
        }
    }

    /** Adds a weekly shift of one of the clinic's practitioners (the caller checks it is one of theirs). */
    @Transactional
    public void addShift(UUID clinicId, Shift s) {
        if (!s.starts().isBefore(s.ends())) {
            throw Invalid.of("shiftEnds", "The shift must end after it starts.");
        }
        boolean overlaps = jdbc.sql("""
                        select exists (select 1 from practitioner_shift where clinic_id = :c and practitioner_id = :p
                            and weekday = :d and starts_at < :e and ends_at > :s)
                        """)
                .param("c", clinicId)
                .param("p", s.practitionerId())
                .param("d", s.day().getValue())
                .param("s", s.starts())
                .param("e", s.ends())
                .query(Boolean.class)
                .single();
        if (overlaps) {
            throw Invalid.of("shiftStarts", "This practitioner already has a shift at that time on that day.");
        }
        jdbc.sql("""
                        insert into practitioner_shift (clinic_id, practitioner_id, weekday, starts_at, ends_at,
                            monitors_chairs) values (:c, :p, :d, :s, :e, :m)
                        """)
                .param("c", clinicId)
                .param("p", s.practitionerId())
                .param("d", s.day().getValue())
                .param("s", s.starts())
                .param("e", s.ends())
                .param("m", s.monitorsChairs())
                .update();
    }

    @Transactional
    public boolean removeShift(UUID clinicId, UUID practitionerId, DayOfWeek day, LocalTime starts) {
        return jdbc.sql("""
                                delete from practitioner_shift where clinic_id = :c and practitioner_id = :p
                                    and weekday = :d and starts_at = :s
                                """)
                        .param("c", clinicId)
                        .param("p", practitionerId)
                        .param("d", day.getValue())
                        .param("s", starts)
                        .update()
                > 0;
    }

    /**
     * Adds a closure or one-off extra hours as a UTC range. A closure is allowed over bookings (they are not
     * cancelled): the answer lists the visits it covers so staff can contact those patients.
     */
    @Transactional
    public List<AppointmentView> addException(
            UUID clinicId, String kind, Instant start, Instant end, @Nullable String note) {
        if (!kind.equals("CLOSED") && !kind.equals("EXTRA_HOURS")) {
            throw Invalid.of("exceptionKind", "Choose a closure or extra hours.");
        }
        if (!start.isBefore(end)) {
            throw Invalid.of("exceptionEnd", "The end must be after the start.");
        }
        if (java.time.Duration.between(start, end).toDays() > 366) {
            throw Invalid.of("exceptionEnd", "A closure or extra hours can last at most a year.");
        }
        if (note != null && note.length() > 200) {
            throw Invalid.of("exceptionNote", "The note can be at most 200 characters.");
        }
        jdbc.sql("""
                        insert into schedule_exception (id, clinic_id, kind, period, note)
                        values (:id, :c, :k, tstzrange(:s, :e, '[)'), :note)
                        """)
                .param("id", UUID.randomUUID())
                .param("c", clinicId)
                .param("k", kind)
                .param("s", ScheduleRepository.utc(start))
                .param("e", ScheduleRepository.utc(end))
                .param("note", note == null || note.isBlank() ? null : note.strip())
                .update();
        if (!kind.equals("CLOSED")) {
            return List.of();
        }
        return appointments.ofClinic(clinicId, start, end).stream()
                .filter(a -> a.status().equals("BOOKED")
                        || a.status().equals("CHECKED_IN")
                        || a.status().equals("IN_PROGRESS"))
                .toList();
    }

    @Transactional
    public boolean removeException(UUID clinicId, UUID id) {
        return jdbc.sql("delete from schedule_exception where clinic_id = :c and id = :id")
                        .param("c", clinicId)
                        .param("id", id)
                        .update()
                > 0;
    }

    /** Sets a service's phases and buffers (adds the service when the clinic did not offer it). */
    @Transactional
    public void service(UUID clinicId, ServiceDefinition d) {
        failIf(serviceErrors(d));
        jdbc.sql("""
                        insert into clinic_service (clinic_id, service, pre_minutes, main_minutes, post_minutes,
                            buffer_before, buffer_after) values (:c, :s, :pre, :main, :post, :bb, :ba)
                        on conflict (clinic_id, service) do update set pre_minutes = excluded.pre_minutes,
                            main_minutes = excluded.main_minutes, post_minutes = excluded.post_minutes,
                            buffer_before = excluded.buffer_before, buffer_after = excluded.buffer_after
                        """)
                .param("c", clinicId)
                .param("s", d.type().name())
                .param("pre", d.pre())
                .param("main", d.main())
                .param("post", d.post())
                .param("bb", d.bufferBefore())
                .param("ba", d.bufferAfter())
                .update();
    }

    /** The clinic_service checks, per field (keys: pre, main, post, bufferBefore, bufferAfter). */
    public static Map<String, String> serviceErrors(ServiceDefinition d) {
        Map<String, String> errors = new LinkedHashMap<>();
        between(errors, "pre", d.pre(), 0, 60, "The pre-check", "minutes");
        between(errors, "main", d.main(), 5, 180, "The main phase", "minutes");
        between(errors, "post", d.post(), 0, 120, "Monitoring", "minutes");
        between(errors, "bufferBefore", d.bufferBefore(), 0, 60, "The buffer before", "minutes");
        between(errors, "bufferAfter", d.bufferAfter(), 0, 60, "The buffer after", "minutes");
        switch (d.type()) {
            case FREE_CONSULT -> {
                between(errors, "main", d.main(), 15, 30, "A consultation", "minutes");
                if (d.pre() != 0) {
                    errors.putIfAbsent("pre", "A consultation has no pre-check (0 minutes).");
                }
                if (d.post() != 0) {
                    errors.putIfAbsent("post", "A consultation has no monitoring (0 minutes).");
                }
            }
            case IV_INFUSION -> {
                between(errors, "main", d.main(), 40, 60, "The infusion", "minutes");
                between(errors, "post", d.post(), 20, 60, "Monitoring after an infusion", "minutes");
                between(errors, "pre", d.pre(), 5, 60, "The pre-check before an infusion", "minutes");
            }
            case AT_HOME_SESSION -> {
                int total = d.pre() + d.main() + d.post();
                if (total < 120 || total > 180) {
                    errors.putIfAbsent(
                            "main", "An at-home session lasts 120 to 180 minutes in all (now " + total + ").");
                }
            }
            case IM_INJECTION -> {
                // the general bounds only
            }
        }
        return errors;
    }

    @Transactional
    public void renameChair(UUID clinicId, UUID chairId, String label) {
        String clean = chairLabel(label, "chairLabel-" + chairId);
        if (labelTaken(clinicId, clean, chairId)) {
            throw Invalid.of("chairLabel-" + chairId, "Another chair already has this label.");
        }
        jdbc.sql("update chair set label = :l where clinic_id = :c and id = :id")
                .param("l", clean)
                .param("c", clinicId)
                .param("id", chairId)
                .update();
    }

    /** Adds a chair at one of the clinic's locations (the caller checks it is one of theirs). */
    @Transactional
    public UUID addChair(UUID clinicId, UUID locationId, String label) {
        String clean = chairLabel(label, "newChairLabel");
        if (labelTaken(clinicId, clean, null)) {
            throw Invalid.of("newChairLabel", "Another chair already has this label.");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into chair (id, clinic_id, location_id, label) values (:id, :c, :l, :label)")
                .param("id", id)
                .param("c", clinicId)
                .param("l", locationId)
                .param("label", clean)
                .update();
        return id;
    }

    /**
     * Removes a chair unless visits are booked in it from now on (they would lose their chair): then nothing
     * changes and the answer lists them.
     */
    @Transactional
    public List<AppointmentView> removeChair(UUID clinicId, UUID chairId) {
        Instant now = clock.now();
        List<AppointmentView> booked =
                appointments.ofClinic(clinicId, now, now.plus(java.time.Duration.ofDays(800))).stream()
                        .filter(a -> chairId.equals(a.chairId()))
                        .filter(a ->
                                !a.status().equals("COMPLETED") && !a.status().equals("NO_SHOW"))
                        .toList();
        if (!booked.isEmpty()) {
            return booked;
        }
        jdbc.sql("delete from chair where clinic_id = :c and id = :id")
                .param("c", clinicId)
                .param("id", chairId)
                .update();
        return List.of();
    }

    private boolean labelTaken(UUID clinicId, String label, @Nullable UUID except) {
        return jdbc.sql("select count(*) from chair where clinic_id = :c and label = :l and id is distinct from :id")
                        .param("c", clinicId)
                        .param("l", label)
                        .param("id", except)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static String chairLabel(@Nullable String label, String field) {
        String clean = label == null ? "" : label.strip();
        if (clean.isEmpty() || clean.length() > 40) {
            throw Invalid.of(field, "A chair's label has 1 to 40 characters.");
        }
        return clean;
    }

    private static void between(
            Map<String, String> errors, String field, int value, int min, int max, String what, String unit) {
        if (value < min || value > max) {
            errors.putIfAbsent(field, what + " must be from " + min + " to " + max + " " + unit + ".");
        }
    }

    private static void failIf(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
    }

    /** The visits a list of appointments stands for, for warnings: local time and service, no patient data. */
    public static List<String> describe(List<AppointmentView> visits, ZoneId zone) {
        List<String> lines = new ArrayList<>();
        java.time.format.DateTimeFormatter f =
                java.time.format.DateTimeFormatter.ofPattern("EEE, MMM d, yyyy, h:mm a", java.util.Locale.US);
        for (AppointmentView a : visits) {
            lines.add(f.format(a.start().atZone(zone)) + ": " + a.service().label() + " ("
                    + org.ketapath.scheduling.ClinicVisits.statusInWords(String.valueOf(a.status()))
                            .toLowerCase(java.util.Locale.US)
                    + "); see the calendar for the patient");
        }
        return lines;
    }
}
