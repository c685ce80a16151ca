package org.ketapath.scheduling.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.ketapath.shared.ZipCentroid;
import org.ketapath.shared.ZipCentroids;
import org.ketapath.shared.ZipCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;

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

    /**
     * Big-city ZIP codes; the bench clinics are spread over the real ZIP centroids within {@link #METRO_MILES}
     * miles of them (same state, since the search counts licences in the patient's state).
     */
    static final List<String> METROS = List.of(
            "10001", "90012", "60601", "77002", "85004", "19107", "78205", "92101", "75201", "78701", "32202", "43215",
            "28202", "46204", "94103", "98101", "80202", "02108", "37203", "48226", "97201", "89101", "38103", "40202",
            "21201", "53202", "87102", "85701", "93721", "95814", "30303", "64106", "33130", "27601", "55401", "33602",
            "32801", "44113", "15222", "63101", "45202", "84101", "73102", "70112", "06103");

    static final double METRO_MILES = 40;

    /** The ZIP centroids near each metro (same state), by metro. */
    static List<List<ZipCentroid>> metroZips(ZipCentroids centroids) {
        List<List<ZipCentroid>> result = new ArrayList<>();
        for (String metro : METROS) {
            ZipCentroid centre = centroids.get(new ZipCode(metro));
            result.add(centroids.all().stream()
                    .filter(z ->
                            z.state() == centre.state() && centre.milesTo(z.latitude(), z.longitude()) <= METRO_MILES)
                    .toList());
        }
        return result;
    }

    /** Where each of {@code count} clinics is: metros in turn, a random (seeded) ZIP centroid near each. */
    static List<ZipCentroid> places(List<List<ZipCentroid>> metroZips, int count, long seed) {
        Random random = new Random(seed);
        List<ZipCentroid> places = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<ZipCentroid> near = metroZips.get(i % metroZips.size());
            places.add(near.get(random.nextInt(near.size())));
        }
        return places;
    }

    /** Schedules and bookings for the given (directory) clinics. */
    static void generate(JdbcClient jdbc, List<UUID> ids, LocalDate first) {
        jdbc.sql("""
                        create table bench_clinic as select n::int as n, clinic_id
                        from unnest(cast(:ids as uuid[])) with ordinality as c (clinic_id, n)
                        """).param("ids", new SqlArrayValue("uuid", ids.toArray())).update();
        clinics.clear();
        clinics.addAll(ids);
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
        // The shifts and appointments refer to the directory's practitioners (foreign keys).
        jdbc.sql("""
                        insert into practitioner (id, clinic_id, given_name, family_name, credentials, npi)
                        select practitioner_id, clinic_id, 'Bench', 'Practitioner ' || (k + 1), 'MD',
                            (1000000000 + k)::text
                        from bench_practitioner
                        """).update();
        jdbc.sql("""
                        insert into practitioner_shift (clinic_id, practitioner_id, weekday, starts_at, ends_at,
                            monitors_chairs)
                        select clinic_id, practitioner_id, d, '09:00', '17:00', true
                        from bench_practitioner, generate_series(1, 5) d
                        """).update();
        jdbc.sql("""
                        insert into chair (id, clinic_id, location_id, label)
                        select md5('bench-c-' || n || '-' || k)::uuid, c.clinic_id, l.id, 'Chair ' || (k + 1)
                        from bench_clinic c join clinic_location l on l.clinic_id = c.clinic_id and l.is_primary,
                            generate_series(0, 3) k
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
}
