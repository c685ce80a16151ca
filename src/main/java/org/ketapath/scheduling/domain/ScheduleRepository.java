package org.ketapath.scheduling.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.ketapath.scheduling.ServiceType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads a clinic's schedule (a handful of indexed queries) and the bookings that overlap a range. */
@Repository
class ScheduleRepository {

    private final JdbcClient jdbc;

    ScheduleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ClinicSchedule> load(UUID clinicId) {
        Optional<Object[]> settings = jdbc.sql("""
                        select zone_id, min_notice_minutes, horizon_days, free_cancel_hours, slot_step_minutes,
                               nurse_max_chairs
                        from schedule_settings where clinic_id = :c
                        """)
                .param("c", clinicId)
                .query((rs, n) -> new Object[] {
                    ZoneId.of(rs.getString(1)),
                    new ClinicSchedule.Settings(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6))
                })
                .optional();
        if (settings.isEmpty()) {
            return Optional.empty();
        }
        Map<ServiceType, ServiceDefinition> services = new EnumMap<>(ServiceType.class);
        jdbc.sql("""
                        select service, pre_minutes, main_minutes, post_minutes, buffer_before, buffer_after
                        from clinic_service where clinic_id = :c
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
                .forEach(s -> services.put(s.type(), s));
        List<ClinicSchedule.WeeklyHours> hours = jdbc.sql(
                        "select weekday, opens_at, closes_at from opening_hours where clinic_id = :c")
                .param("c", clinicId)
                .query((rs, n) -> new ClinicSchedule.WeeklyHours(
                        DayOfWeek.of(rs.getInt(1)),
                        rs.getTime(2).toLocalTime(),
                        rs.getTime(3).toLocalTime()))
                .list();
        List<ClinicSchedule.Shift> shifts = jdbc.sql("""
                        select practitioner_id, weekday, starts_at, ends_at, monitors_chairs
                        from practitioner_shift where clinic_id = :c order by practitioner_id, weekday, starts_at
                        """)
                .param("c", clinicId)
                .query((rs, n) -> new ClinicSchedule.Shift(
                        rs.getObject(1, UUID.class),
                        DayOfWeek.of(rs.getInt(2)),
                        rs.getTime(3).toLocalTime(),
                        rs.getTime(4).toLocalTime(),
                        rs.getBoolean(5)))
                .list();
        List<UUID> chairs = jdbc.sql("select id from chair where clinic_id = :c order by label, id")
                .param("c", clinicId)
                .query(UUID.class)
                .list();
        List<Interval> closures = exceptions(clinicId, "CLOSED");
        List<Interval> extra = exceptions(clinicId, "EXTRA_HOURS");
        Object[] s = settings.get();
        return Optional.of(new ClinicSchedule(
                clinicId,
                (ZoneId) s[0],
                (ClinicSchedule.Settings) s[1],
                services,
                hours,
                shifts,
                chairs,
                closures,
                extra));
    }

    private List<Interval> exceptions(UUID clinicId, String kind) {
        return jdbc.sql("""
                        select lower(period), upper(period) from schedule_exception
                        where clinic_id = :c and kind = :kind order by lower(period)
                        """)
                .param("c", clinicId)
                .param("kind", kind)
                .query((rs, n) -> interval(rs))
                .list();
    }

    /** Bookings, blocks and unexpired holds of the clinic's resources overlapping the range. */
    Map<UUID, NavigableMap<Instant, Instant>> busy(UUID clinicId, Interval range, Instant now) {
        Map<UUID, NavigableMap<Instant, Instant>> busy = new HashMap<>();
        jdbc.sql("""
                        select resource_id, lower(period), upper(period) from resource_booking
                        where clinic_id = :c and period && tstzrange(:from, :to, '[)')
                          and (expires_at is null or expires_at > :now)
                        """)
                .param("c", clinicId)
                .param("from", utc(range.start().minusSeconds(86_400)))
                .param("to", utc(range.end().plusSeconds(86_400)))
                .param("now", utc(now))
                .query((rs, n) -> {
                    Interval i = interval(rs, 2);
                    busy.computeIfAbsent(rs.getObject(1, UUID.class), k -> new TreeMap<>())
                            .put(i.start(), i.end());
                    return i;
                })
                .list();
        return busy;
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Interval interval(ResultSet rs) throws SQLException {
        return interval(rs, 1);
    }

    private static Interval interval(ResultSet rs, int column) throws SQLException {
        return new Interval(
                rs.getObject(column, OffsetDateTime.class).toInstant(),
                rs.getObject(column + 1, OffsetDateTime.class).toInstant());
    }

    boolean hasAppointmentWith(UUID patientId, UUID clinicId) {
        return jdbc.sql("""
                        select exists (select 1 from appointment
                                       where patient_id = :patient and clinic_id = :clinic and status <> 'CANCELLED')
                        """)
                .param("patient", patientId)
                .param("clinic", clinicId)
                .query(Boolean.class)
                .single();
    }

    List<UUID> patientsWithAppointmentsAt(UUID clinicId, int limit) {
        return jdbc.sql("""
                        select patient_id from appointment
                        where clinic_id = :clinic and status <> 'CANCELLED'
                        group by patient_id order by min(lower(period)) limit :limit
                        """)
                .param("clinic", clinicId)
                .param("limit", Math.max(1, Math.min(limit, 1000)))
                .query(UUID.class)
                .list();
    }
}
