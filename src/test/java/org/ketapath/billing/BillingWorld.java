package org.ketapath.billing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.ketapath.shared.Npi;
import org.ketapath.workspace.ClinicWorld;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A clinic ready to bill (verified, valid NPIs and PA licences for its practitioners, a price list and billing
 * identity) and past visits made in plain SQL: completed appointments with signed session records.
 */
public final class BillingWorld {

    private final JdbcClient jdbc;
    public final ClinicWorld world;
    public final UUID clinic;
    public final List<UUID> practitioners;

    public BillingWorld(JdbcClient jdbc, ClinicWorld world, boolean billingDetails) {
        this.jdbc = jdbc;
        this.world = world;
        this.clinic = world.clinic;
        this.practitioners = world.practitioners;
        BillingFixtures.verify(jdbc, clinic);
        int n = 0;
        for (UUID p : practitioners) {
            n++;
            String nine = String.format("%09d", 400_000_000 + Math.abs(p.hashCode() % 100_000_000));
            jdbc.sql("update practitioner set npi = :npi, given_name = 'Dana', family_name = :family where id = :id")
                    .param("npi", nine + Npi.checkDigit(nine))
                    .param("family", "Clinician" + n)
                    .param("id", p)
                    .update();
            jdbc.sql("""
                            insert into licence (id, clinic_id, practitioner_id, state, number, type, expires_on, status,
                                verified_by, verified_at)
                            values (:id, :c, :p, 'PA', :number, 'MD', current_date + 365, 'VERIFIED', :by, now())
                            """)
                    .param("id", UUID.randomUUID())
                    .param("c", clinic)
                    .param("p", p)
                    .param("number", "MD-TEST-" + n)
                    .param("by", UUID.randomUUID())
                    .update();
        }
        if (billingDetails) {
            BillingFixtures.priceList(jdbc, clinic);
        }
    }

    /** The NPI of the n-th practitioner (0-based). */
    public String npi(int n) {
        return jdbc.sql("select npi from practitioner where id = :id")
                .param("id", practitioners.get(n))
                .query(String.class)
                .single();
    }

    /** A completed visit of the service at 9 AM New York time on the day; returns the appointment id. */
    public UUID visit(UUID patient, String service, LocalDate day) {
        UUID id = UUID.randomUUID();
        Instant start =
                day.atTime(LocalTime.of(9, 0)).atZone(ClinicWorld.NEW_YORK).toInstant();
        jdbc.sql("""
                        insert into appointment (id, clinic_id, patient_id, practitioner_id, service, period, zone_id,
                            pre_minutes, main_minutes, post_minutes, status, created_at, updated_at)
                        values (:id, :clinic, :patient, :practitioner, :service, tstzrange(:start, :end),
                                'America/New_York', 0, 60, 0, 'COMPLETED', now(), now())
                        """)
                .param("id", id)
                .param("clinic", clinic)
                .param("patient", patient)
                .param("practitioner", practitioners.get(0))
                .param("service", service)
                .param("start", java.sql.Timestamp.from(start))
                .param("end", java.sql.Timestamp.from(start.plus(Duration.ofHours(2))))
                .update();
        return id;
    }

    /** The patient's migraine course (G43.719, IV), created once. */
    public UUID course(UUID patient) {
        return jdbc.sql("select id from treatment_course where patient_id = :p and clinic_id = :c")
                .param("p", patient)
                .param("c", clinic)
                .query(UUID.class)
                .optional()
                .orElseGet(() -> {
                    UUID id = UUID.randomUUID();
                    jdbc.sql("""
                                    insert into treatment_course (id, clinic_id, patient_id, condition, icd10, route,
                                        dose_mg_per_kg, rate_mg_per_kg_per_hour, planned_sessions, created_by, created_at)
                                    values (:id, :c, :p, 'MIGRAINE', 'G43.719', 'IV', 0.5, 0.5, 6, :by, now())
                                    """)
                            .param("id", id)
                            .param("c", clinic)
                            .param("p", patient)
                            .param("by", UUID.randomUUID())
                            .update();
                    return id;
                });
    }

    /**
     * A completed IV infusion of the given length on the day with a signed session record (ketamine, {@code mg}
     * milligrams, discharge 30 minutes after the stop); returns the appointment id.
     */
    public UUID infusion(UUID patient, LocalDate day, int minutes, String mg) {
        UUID appointment = visit(patient, "IV_INFUSION", day);
        UUID session = UUID.randomUUID();
        Instant start =
                day.atTime(LocalTime.of(9, 15)).atZone(ClinicWorld.NEW_YORK).toInstant();
        UUID by = UUID.randomUUID();
        jdbc.sql("""
                        insert into treatment_session (id, clinic_id, appointment_id, course_id, patient_id, created_by,
                            created_at)
                        values (:id, :c, :a, :course, :p, :by, now())
                        """)
                .param("id", session)
                .param("c", clinic)
                .param("a", appointment)
                .param("course", course(patient))
                .param("p", patient)
                .param("by", by)
                .update();
        jdbc.sql("""
                        insert into session_dose (id, session_id, clinic_id, drug, route, amount_mg, mg_per_kg,
                            rate_mg_per_kg_per_hour, start_at, stop_at, lot, lot_expires_on, recorded_by, recorded_at)
                        values (:id, :s, :c, 'KETAMINE', 'IV', :mg, 0.5, 0.5, :start, :stop, 'L1', '2030-01-01', :by, now())
                        """)
                .param("id", UUID.randomUUID())
                .param("s", session)
                .param("c", clinic)
                .param("mg", new java.math.BigDecimal(mg))
                .param("start", java.sql.Timestamp.from(start))
                .param("stop", java.sql.Timestamp.from(start.plus(Duration.ofMinutes(minutes))))
                .param("by", by)
                .update();
        jdbc.sql("""
                        insert into session_discharge (session_id, clinic_id, tool, score, at, escort_confirmed,
                            instructions_given, recorded_by)
                        values (:s, :c, 'ALDRETE', 10, :at, true, true, :by)
                        """)
                .param("s", session)
                .param("c", clinic)
                .param("at", java.sql.Timestamp.from(start.plus(Duration.ofMinutes(minutes + 30))))
                .param("by", by)
                .update();
        jdbc.sql("update treatment_session set status = 'SIGNED', signed_by = :by, signed_at = now() where id = :id")
                .param("by", by)
                .param("id", session)
                .update();
        return appointment;
    }

    /** A payment recorded for the visit. */
    public void paid(UUID appointment, UUID patient, long cents) {
        jdbc.sql("""
                        insert into billing_payment (id, clinic_id, appointment_id, patient_id, receipt_number, paid_on,
                            amount_cents, method, reference, recorded_by, recorded_at)
                        values (:id, :c, :a, :p, :number, current_date, :cents, 'CARD', 'Terminal 7 batch 12', :by, now())
                        """)
                .param("id", UUID.randomUUID())
                .param("c", clinic)
                .param("a", appointment)
                .param("p", patient)
                .param("number", "R-2026-" + String.format("%06d", (int) (Math.random() * 999_999)))
                .param("cents", cents)
                .param("by", UUID.randomUUID())
                .update();
    }

    /** The patient's postal address for superbills. */
    public void address(UUID patient) {
        jdbc.sql("""
                        insert into billing_patient_details (patient_id, street, city, state, zip, member_id, updated_at)
                        values (:p, '12 Elm Street', 'Cherry Hill', 'NJ', '08002', 'XYZ123456789', now())
                        on conflict (patient_id) do nothing
                        """).param("p", patient).update();
    }
}
