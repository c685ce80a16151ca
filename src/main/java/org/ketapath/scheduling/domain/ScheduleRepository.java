package org.ketapath.scheduling.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.scheduling.SchedulingApi;
import org.ketapath.scheduling.ServiceType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/** Reads clinics' schedules (one statement for any number) and the bookings that overlap a range (one more). */
@Repository
class ScheduleRepository {

    private final JdbcClient jdbc;

    ScheduleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Everything of the schedule tables for the clinics, in one statement: a union of the six tables, one row
     * kind each, in the order the planner needs (shifts by practitioner, weekday and start; chairs by label and
     * id, with their location; exceptions by start), so one round trip loads one clinic or hundreds.
     */
    private static final String SCHEDULES = """
            select 0 as k, clinic_id, cast(null as uuid) as id, cast(zone_id as text) as txt,
                   min_notice_minutes as i1, horizon_days as i2, free_cancel_hours as i3, slot_step_minutes as i4,
                   nurse_max_chairs as i5, cast(null as integer) as i6, cast(null as time) as t1,
                   cast(null as time) as t2, online_booking as b, cast(null as timestamptz) as p1,
                   cast(null as timestamptz) as p2, cast(null as uuid) as u2
              from schedule_settings where clinic_id = any(cast(:ids as uuid[]))
            union all
            select 1, clinic_id, null, cast(service as text), pre_minutes, main_minutes, post_minutes,
                   buffer_before, buffer_after, null, null, null, null, null, null, null
              from clinic_service where clinic_id = any(cast(:ids as uuid[]))
            union all
            select 2, clinic_id, null, null, weekday, null, null, null, null, null, opens_at, closes_at, null, null,
                   null, null
              from opening_hours where clinic_id = any(cast(:ids as uuid[]))
            union all
            select 3, clinic_id, practitioner_id, null, weekday, null, null, null, null, null, starts_at, ends_at,
                   monitors_chairs, null, null, null
              from practitioner_shift where clinic_id = any(cast(:ids as uuid[]))
            union all
            select 4, clinic_id, id, cast(label as text), null, null, null, null, null, null, null, null, null, null,
                   null, location_id
              from chair where clinic_id = any(cast(:ids as uuid[]))
            union all
            select 5, e.clinic_id, null, cast(e.kind as text), null, null, null, null, null, null, null, null, null,
                   lower(e.period), upper(e.period), null
              from unnest(cast(:ids as uuid[])) as c (id) join schedule_exception e on e.clinic_id = c.id
            order by k, txt, id, i1, t1, p1
            """;

    Optional<ClinicSchedule> load(UUID clinicId) {
        return Optional.ofNullable(loadAll(List.of(clinicId)).get(clinicId));
    }

    /** The schedules of the clinics that have one (one statement), by clinic id, in the order asked for. */
    Map<UUID, ClinicSchedule> loadAll(Collection<UUID> clinicIds) {
        Map<UUID, Parts> parts = new LinkedHashMap<>();
        if (clinicIds.isEmpty()) {
            return Map.of();
        }
        jdbc.sql(SCHEDULES)
                .param("ids", new SqlArrayValue("uuid", clinicIds.toArray()))
                .query(rs -> {
                    int kind = rs.getInt("k");
                    UUID clinic = rs.getObject("clinic_id", UUID.class);
                    Parts p = parts.computeIfAbsent(clinic, c -> new Parts());
                    switch (kind) {
                        case 0 -> {
                            p.zone = ZoneId.of(rs.getString("txt"));
                            p.settings = new ClinicSchedule.Settings(
                                    rs.getInt("i1"),
                                    rs.getInt("i2"),
                                    rs.getInt("i3"),
                                    rs.getInt("i4"),
                                    rs.getInt("i5"),
                                    rs.getBoolean("b"));
                        }
                        case 1 -> {
                            ServiceDefinition s = new ServiceDefinition(
                                    ServiceType.valueOf(rs.getString("txt")),
                                    rs.getInt("i1"),
                                    rs.getInt("i2"),
                                    rs.getInt("i3"),
                                    rs.getInt("i4"),
                                    rs.getInt("i5"));
                            p.services.put(s.type(), s);
                        }
                        case 2 ->
                            p.hours.add(new ClinicSchedule.WeeklyHours(
                                    DayOfWeek.of(rs.getInt("i1")),
                                    rs.getTime("t1").toLocalTime(),
                                    rs.getTime("t2").toLocalTime()));
                        case 3 ->
                            p.shifts.add(new ClinicSchedule.Shift(
                                    rs.getObject("id", UUID.class),
                                    DayOfWeek.of(rs.getInt("i1")),
                                    rs.getTime("t1").toLocalTime(),
                                    rs.getTime("t2").toLocalTime(),
                                    rs.getBoolean("b")));
                        case 4 ->
                            p.chairs
                                    .computeIfAbsent(rs.getObject("u2", UUID.class), l -> new ArrayList<>())
                                    .add(rs.getObject("id", UUID.class));
                        default -> {
                            Interval i = interval(rs, rs.findColumn("p1"));
                            ("CLOSED".equals(rs.getString("txt")) ? p.closures : p.extra).add(i);
                        }
                    }
                });
        Map<UUID, ClinicSchedule> schedules = new LinkedHashMap<>();
        for (UUID clinicId : clinicIds) {
            Parts p = parts.get(clinicId);
            if (p != null && p.zone != null && p.settings != null) {
                List<UUID> chairs = new ArrayList<>();
                List<ClinicSchedule.Location> locations = new ArrayList<>();
                p.chairs.forEach((location, ids) -> {
                    chairs.addAll(ids);
                    locations.add(new ClinicSchedule.Location(location, List.copyOf(ids)));
                });
                schedules.put(
                        clinicId,
                        new ClinicSchedule(
                                clinicId,
                                p.zone,
                                p.settings,
                                p.services,
                                p.hours,
                                p.shifts,
                                chairs,
                                p.closures,
                                p.extra,
                                locations));
            }
        }
        return schedules;
    }

    /** One clinic's rows while they are read. */
    private static final class Parts {
        @Nullable
        ZoneId zone;

        ClinicSchedule.@Nullable Settings settings;
        final Map<ServiceType, ServiceDefinition> services = new EnumMap<>(ServiceType.class);
        final List<ClinicSchedule.WeeklyHours> hours = new ArrayList<>();
        final List<ClinicSchedule.Shift> shifts = new ArrayList<>();
        /** Chairs by location, locations in the order of their first chair by label. */
        final Map<UUID, List<UUID>> chairs = new LinkedHashMap<>();

        final List<Interval> closures = new ArrayList<>();
        final List<Interval> extra = new ArrayList<>();
    }

    /** Bookings, blocks and unexpired holds of the clinic's resources overlapping the window. */
    Map<UUID, NavigableMap<Instant, Instant>> busy(UUID clinicId, Interval window, Instant now) {
        return busyAll(List.of(clinicId), window, now).getOrDefault(clinicId, new HashMap<>());
    }

    /**
     * The bookings a plan of starts in {@code range} can collide with: every need of a visit starting in the range
     * lies between its start minus the buffer before and its start plus the whole footprint.
     */
    static Interval window(Interval range, ServiceDefinition service) {
        return new Interval(
                range.start().minus(Duration.ofMinutes(service.bufferBefore())),
                range.end().plus(service.footprint()));
    }

    /**
     * Per clinic, per resource, the bookings, blocks and unexpired holds overlapping the window: one statement
     * for any number of clinics.
     */
    Map<UUID, Map<UUID, NavigableMap<Instant, Instant>>> busyAll(
            Collection<UUID> clinicIds, Interval window, Instant now) {
        Map<UUID, Map<UUID, NavigableMap<Instant, Instant>>> busy = new HashMap<>();
        if (clinicIds.isEmpty()) {
            return busy;
        }
        jdbc.sql("""
                        select r.clinic_id, r.resource_id,
                               cast(extract(epoch from lower(r.period)) * 1000000 as bigint),
                               cast(extract(epoch from upper(r.period)) * 1000000 as bigint)
                        from unnest(cast(:c as uuid[])) as c (id)
                        join resource_booking r on r.clinic_id = c.id
                        where r.period && tstzrange(:from, :to, '[)')
                          and (r.expires_at is null or r.expires_at > :now)
                        """)
                .param("c", new SqlArrayValue("uuid", clinicIds.toArray()))
                .param("from", utc(window.start()))
                .param("to", utc(window.end()))
                .param("now", utc(now))
                .query(rs -> {
                    // Epoch microseconds (exact: timestamptz has microsecond precision) parse far faster than
                    // timestamp text, and a month of a busy clinic is hundreds of rows.
                    busy.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>())
                            .computeIfAbsent(rs.getObject(2, UUID.class), k -> new TreeMap<>())
                            .put(micros(rs.getLong(3)), micros(rs.getLong(4)));
                });
        return busy;
    }

    private static Instant micros(long epochMicros) {
        return Instant.EPOCH.plus(epochMicros, ChronoUnit.MICROS);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Interval interval(ResultSet rs, int column) throws SQLException {
        return new Interval(
                rs.getObject(column, OffsetDateTime.class).toInstant(),
                rs.getObject(column + 1, OffsetDateTime.class).toInstant());
    }

    Optional<SchedulingApi.AppointmentFacts> appointmentFacts(UUID appointmentId) {
        return jdbc.sql("""
                        select id, clinic_id, patient_id, status, lower(period) as starts, upper(period) as ends
                        from appointment where id = :id
                        """)
                .param("id", appointmentId)
                .query((rs, n) -> new SchedulingApi.AppointmentFacts(
                        rs.getObject("id", UUID.class),
                        rs.getObject("clinic_id", UUID.class),
                        rs.getObject("patient_id", UUID.class),
                        rs.getString("status"),
                        rs.getObject("starts", OffsetDateTime.class).toInstant(),
                        rs.getObject("ends", OffsetDateTime.class).toInstant()))
                .optional();
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

    Set<UUID> takingOnlineBookings(Collection<UUID> clinicIds) {
        if (clinicIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        select clinic_id from schedule_settings
                        where clinic_id = any(cast(:ids as uuid[])) and online_booking
                        """)
                .param("ids", new SqlArrayValue("uuid", clinicIds.toArray()))
                .query(UUID.class)
                .list());
    }

    List<UUID> clinicsOfPatient(UUID patientId) {
        return jdbc.sql("""
                        select clinic_id from appointment
                        where patient_id = :patient and status <> 'CANCELLED'
                        group by clinic_id order by max(lower(period)) desc limit 100
                        """).param("patient", patientId).query(UUID.class).list();
    }
}
