package org.ketapath.scheduling.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark data in SQL (fast): clinics open weekdays 09:00-17:00 New York time, 4 chairs, 3 practitioners (all
 * monitor up to 2 chairs), infusions 10+45+30 min with a 15 min chair buffer. Each chair has four infusion
 * starts a day (09:00, 10:45, 12:30, 14:15, shifted 15 min per chair), each booked with probability 0.7, for 60
 * days; pre-checks and nurse slots assigned so no exclusion constraint is violated.
 */
final class BenchData {

    private static final List<UUID> clinics = new ArrayList<>();

    private BenchData() {}

    static UUID clinic(int i) {
        return clinics.get(i);
    }

    static void generate(JdbcClient jdbc, int count, LocalDate first) {
        jdbc.sql("""
                        create table bench_clinic as select n, md5('bench-' || n)::uuid as clinic_id,
                            25 + random() * 23 as lat, -122 + random() * 52 as lon
                        from generate_series(1, :n) n
                        """).param("n", count).update();
        jdbc.sql("create index on bench_clinic (lat, lon)").update();
        clinics.clear();
        clinics.addAll(jdbc.sql("select clinic_id from bench_clinic order by n")
                .query(UUID.class)
                .list());
        jdbc.sql(
                        "insert into schedule_settings (clinic_id, zone_id) select clinic_id, 'America/New_York' from bench_clinic")
                .update();
        jdbc.sql("""
                        insert into clinic_service (clinic_id, service, pre_minutes, main_minutes, post_minutes,
                            buffer_before, buffer_after)
                        select clinic_id, 'IV_INFUSION', 10, 45, 30, 0, 15 from bench_clinic
                        union all select clinic_id, 'FREE_CONSULT', 0, 20, 0, 0, 10 from bench_clinic
                        """).update();
        jdbc.sql("""
                        insert into opening_hours (clinic_id, weekday, opens_at, closes_at)
                        select clinic_id, d, '09:00', '17:00' from bench_clinic, generate_series(1, 5) d
                        """).update();
        jdbc.sql("""
                        create table bench_practitioner as select clinic_id, k,
                            md5('bench-p-' || n || '-' || k)::uuid as practitioner_id
                        from bench_clinic, generate_series(0, 2) k
                        """).update();
        jdbc.sql("""
                        insert into practitioner_shift (clinic_id, practitioner_id, weekday, starts_at, ends_at,
                            monitors_chairs)
                        select clinic_id, practitioner_id, d, '09:00', '17:00', true
                        from bench_practitioner, generate_series(1, 5) d
                        """).update();
        jdbc.sql("""
                        insert into chair (id, clinic_id, location_id, label)
                        select md5('bench-c-' || n || '-' || k)::uuid, clinic_id, clinic_id, 'Chair ' || (k + 1)
                        from bench_clinic, generate_series(0, 3) k
                        """).update();
        nurseSlots(jdbc);
        jdbc.sql("""
                        create table bench_appt as
                        select gen_random_uuid() as id, c.n, c.clinic_id, k, j,
                            ((:first::date + d) + time '09:00' + make_interval(mins => j * 105 + k * 15))
                                at time zone 'America/New_York' as starts_at
                        from bench_clinic c, generate_series(0, 59) d, generate_series(0, 3) k, generate_series(0, 3) j
                        where extract(isodow from :first::date + d) < 6 and random() < 0.7
                        """).param("first", first).update();
        jdbc.sql("""
                        insert into appointment (id, clinic_id, patient_id, practitioner_id, chair_id, service, period,
                            zone_id, pre_minutes, main_minutes, post_minutes, status, created_at, updated_at)
                        select a.id, a.clinic_id, gen_random_uuid(), p.practitioner_id,
                            md5('bench-c-' || a.n || '-' || a.k)::uuid, 'IV_INFUSION',
                            tstzrange(a.starts_at, a.starts_at + interval '85 minutes', '[)'), 'America/New_York',
                            10, 45, 30, 'BOOKED', now(), now()
                        from bench_appt a join bench_practitioner p on p.clinic_id = a.clinic_id and p.k = a.k % 3
                        """).update();
        jdbc.sql("""
                        insert into resource_booking (id, resource_id, clinic_id, kind, owner_id, period)
                        select gen_random_uuid(), p.practitioner_id, a.clinic_id, 'APPOINTMENT', a.id,
                            tstzrange(a.starts_at, a.starts_at + interval '10 minutes', '[)')
                        from bench_appt a join bench_practitioner p on p.clinic_id = a.clinic_id and p.k = a.k % 3
                        union all
                        select gen_random_uuid(), md5('bench-c-' || a.n || '-' || a.k)::uuid, a.clinic_id, 'APPOINTMENT',
                            a.id, tstzrange(a.starts_at, a.starts_at + interval '100 minutes', '[)')
                        from bench_appt a
                        union all
                        select gen_random_uuid(), s.slot_id, a.clinic_id, 'APPOINTMENT', a.id,
                            tstzrange(a.starts_at + interval '10 minutes', a.starts_at + interval '85 minutes', '[)')
                        from bench_appt a join bench_practitioner p on p.clinic_id = a.clinic_id and p.k = a.k % 3
                            join bench_nurse_slot s on s.practitioner_id = p.practitioner_id and s.k = a.k / 3
                        """).update();
        jdbc.sql("analyze").update();
    }

    /** Nurse-coverage slot ids as the application derives them (name-based UUIDs, computed in Java). */
    private static void nurseSlots(JdbcClient jdbc) {
        jdbc.sql("create table bench_nurse_slot (practitioner_id uuid, k int, slot_id uuid)")
                .update();
        List<UUID> practitioners = jdbc.sql("select practitioner_id from bench_practitioner")
                .query(UUID.class)
                .list();
        List<UUID[]> rows = new ArrayList<>();
        for (UUID p : practitioners) {
            for (int k = 0; k < 2; k++) {
                rows.add(
                        new UUID[] {p, UUID.nameUUIDFromBytes((p + "/nurse-slot/" + k).getBytes(StandardCharsets.UTF_8))
                        });
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            jdbc.sql("insert into bench_nurse_slot values (:p, :k, :s)")
                    .param("p", rows.get(i)[0])
                    .param("k", i % 2)
                    .param("s", rows.get(i)[1])
                    .update();
        }
    }

    /** Clinics within a radius (miles) of a point: bounding box on the index, then the exact great-circle check. */
    static List<UUID> within(JdbcClient jdbc, double lat, double lon, double miles) {
        double dLat = miles / 69.0;
        double dLon = miles / (69.0 * Math.cos(Math.toRadians(lat)));
        return jdbc.sql("""
                        select clinic_id from bench_clinic
                        where lat between :lat - :dlat and :lat + :dlat and lon between :lon - :dlon and :lon + :dlon
                          and 3958.8 * 2 * asin(sqrt(power(sin(radians(lat - :lat) / 2), 2)
                              + cos(radians(:lat)) * cos(radians(lat)) * power(sin(radians(lon - :lon) / 2), 2))) <= :miles
                        """)
                .param("lat", lat)
                .param("lon", lon)
                .param("dlat", dLat)
                .param("dlon", dLon)
                .param("miles", miles)
                .query(UUID.class)
                .list();
    }
}
