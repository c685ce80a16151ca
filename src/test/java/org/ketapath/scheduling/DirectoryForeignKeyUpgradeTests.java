package org.ketapath.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.ketapath.platform.database.EmbeddedPostgresServer;
import org.ketapath.platform.database.EphemeralPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database made before the foreign keys to the directory (schedules of the demo clinic, whose chairs carried a
 * made-up location id) migrates: its chairs are pointed at the clinic's primary location, then the keys hold.
 */
class DirectoryForeignKeyUpgradeTests {

    @Test
    void an_existing_schedule_migrates_and_its_chairs_stand_at_the_clinic_location() {
        EmbeddedPostgresServer server = EphemeralPostgres.server();
        String database = EphemeralPostgres.newDatabase("upgrade");
        DriverManagerDataSource data = new DriverManagerDataSource(server.jdbcUrl(database), server.user(), "");
        Flyway.configure()
                .dataSource(data)
                .locations("classpath:db/migration")
                .target("2026.11.24.0711")
                .load()
                .migrate();
        JdbcClient jdbc = JdbcClient.create(data);
        UUID clinic = UUID.randomUUID();
        UUID location = UUID.randomUUID();
        UUID practitioner = UUID.randomUUID();
        UUID chair = UUID.randomUUID();
        jdbc.sql(
                        "insert into clinic (id, name, phone, timezone) values (:c, 'Old Clinic', '215-555-0100', 'America/New_York')")
                .param("c", clinic)
                .update();
        jdbc.sql("""
                        insert into clinic_location (id, clinic_id, street, city, state, zip, latitude, longitude)
                        values (:l, :c, '1 Old Street', 'Philadelphia', 'PA', '19107', 39.95, -75.16)
                        """).param("l", location).param("c", clinic).update();
        jdbc.sql("""
                        insert into practitioner (id, clinic_id, given_name, family_name, npi)
                        values (:p, :c, 'Old', 'Timer', '1000000001')
                        """).param("p", practitioner).param("c", clinic).update();
        jdbc.sql("insert into schedule_settings (clinic_id, zone_id) values (:c, 'America/New_York')")
                .param("c", clinic)
                .update();
        jdbc.sql("""
                        insert into practitioner_shift (clinic_id, practitioner_id, weekday, starts_at, ends_at)
                        values (:c, :p, 1, '09:00', '17:00')
                        """).param("c", clinic).param("p", practitioner).update();
        jdbc.sql("insert into chair (id, clinic_id, location_id, label) values (:id, :c, :made_up, 'Chair 1')")
                .param("id", chair)
                .param("c", clinic)
                .param("made_up", UUID.nameUUIDFromBytes(("location/" + clinic).getBytes()))
                .update();

        Flyway.configure()
                .dataSource(data)
                .locations("classpath:db/migration")
                .load()
                .migrate();

        assertThat(jdbc.sql("select location_id from chair where id = :id")
                        .param("id", chair)
                        .query(UUID.class)
                        .single())
                .isEqualTo(location);
        assertThat(jdbc.sql("select count(*) from pg_constraint where conname in ('chair_location_fk',"
                                + " 'schedule_settings_clinic_fk', 'practitioner_shift_practitioner_fk',"
                                + " 'appointment_practitioner_fk', 'clinic_membership_clinic_fk', 'consent_clinic_fk')")
                        .query(Long.class)
                        .single())
                .isEqualTo(6);
    }
}
