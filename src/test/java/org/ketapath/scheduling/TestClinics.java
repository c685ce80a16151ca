package org.ketapath.scheduling;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ketapath.scheduling.domain.ScheduleSetup;
import org.ketapath.scheduling.domain.ServiceDefinition;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Clinics for tests, each with a fresh id. */
public final class TestClinics {

    private TestClinics() {}

    public static final List<DayOfWeek> EVERY_DAY = List.of(DayOfWeek.values());

    /** Open every day 09:00-17:00 New York time, consultations of 30 min, infusions 10+45+30, 2 chairs. */
    public static ScheduleSetup.ClinicSetup standard(int practitioners) {
        return clinic(ZoneId.of("America/New_York"), practitioners, LocalTime.of(9, 0), LocalTime.of(17, 0));
    }

    public static ScheduleSetup.ClinicSetup clinic(ZoneId zone, int practitioners, LocalTime opens, LocalTime closes) {
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < practitioners; i++) {
            people.add(UUID.randomUUID());
        }
        return new ScheduleSetup.ClinicSetup(
                UUID.randomUUID(),
                zone,
                List.of(
                        new ServiceDefinition(ServiceType.FREE_CONSULT, 0, 30, 0, 0, 0),
                        new ServiceDefinition(ServiceType.IV_INFUSION, 10, 45, 30, 0, 15)),
                EVERY_DAY,
                opens,
                closes,
                people,
                people,
                2,
                120,
                UUID.randomUUID());
    }

    /**
     * Creates the clinic's schedule after the directory rows it refers to (foreign keys): the clinic, its
     * location (the chairs' {@code locationId}) and its practitioners, in plain SQL so scheduling tests need no
     * directory code. Returns the clinic id.
     */
    public static UUID create(JdbcClient jdbc, ScheduleSetup setup, ScheduleSetup.ClinicSetup s) {
        directoryRows(jdbc, s);
        setup.create(s);
        return s.clinicId();
    }

    /** The directory's rows for a test clinic: clinic, primary location and practitioners (idempotent). */
    public static void directoryRows(JdbcClient jdbc, ScheduleSetup.ClinicSetup s) {
        directoryClinic(jdbc, s.clinicId(), s.zone().getId());
        jdbc.sql("""
                        insert into clinic_location (id, clinic_id, is_primary, street, city, state, zip, latitude, longitude)
                        values (:id, :c, true, '1 Test Street', 'Philadelphia', 'PA', '19107', 39.95, -75.16)
                        on conflict do nothing
                        """).param("id", s.locationId()).param("c", s.clinicId()).update();
        int n = 0;
        for (UUID p : s.practitioners()) {
            n++;
            jdbc.sql("""
                            insert into practitioner (id, clinic_id, given_name, family_name, credentials, npi)
                            values (:id, :c, 'Test', :family, 'MD', :npi) on conflict do nothing
                            """)
                    .param("id", p)
                    .param("c", s.clinicId())
                    .param("family", "Practitioner " + n)
                    .param("npi", String.format("%010d", 1_000_000_000L + n))
                    .update();
        }
    }

    /**
     * A further location of an existing test clinic (not its primary one: {@code is_primary} false, as the
     * directory allows one primary location per clinic) with chairs of the given labels (unique within the
     * clinic; {@link ScheduleSetup} names the primary location's chairs "Chair 1", "Chair 2", ...). Returns the
     * location id.
     */
    public static UUID addLocation(JdbcClient jdbc, UUID clinicId, String... chairLabels) {
        UUID location = UUID.randomUUID();
        jdbc.sql("""
                        insert into clinic_location (id, clinic_id, is_primary, street, city, state, zip, latitude, longitude)
                        values (:id, :c, false, '2 Second Street', 'Camden', 'NJ', '08102', 39.94, -75.12)
                        """).param("id", location).param("c", clinicId).update();
        for (String label : chairLabels) {
            jdbc.sql("insert into chair (id, clinic_id, location_id, label) values (:id, :c, :l, :label)")
                    .param("id", UUID.randomUUID())
                    .param("c", clinicId)
                    .param("l", location)
                    .param("label", label)
                    .update();
        }
        return location;
    }

    /** A bare directory clinic row (idempotent), for tests that only need the id to exist. */
    public static void directoryClinic(JdbcClient jdbc, UUID clinicId, String zone) {
        jdbc.sql("""
                        insert into clinic (id, name, phone, timezone) values (:id, :name, '215-555-0100', :zone)
                        on conflict do nothing
                        """)
                .param("id", clinicId)
                .param("name", "Test Clinic " + clinicId.toString().substring(0, 8))
                .param("zone", zone)
                .update();
    }
}
