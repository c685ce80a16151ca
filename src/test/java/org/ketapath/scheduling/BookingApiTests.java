package org.ketapath.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ketapath.identity.domain.StaffAccounts;
import org.ketapath.support.TestAssessments;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The booking API: idempotency, conflicts, not-offered starts, access rules, cancellation policy. */
class BookingApiTests extends SchedulingHttpTest {

    // 2026-12-15 is in EST (-05:00).
    static final String NINE = at(day(), "09:00:00-05:00");

    @Test
    void a_verified_patient_books_an_offered_slot_and_gets_it_with_a_calendar_url() {
        UUID clinic = clinic(TestClinics.standard(1));
        HttpResponse<String> r = book(UUID.randomUUID(), "k1", clinic, "FREE_CONSULT", NINE);

        assertThat(r.statusCode()).isEqualTo(201);
        JsonNode b = body(r);
        assertThat(b.get("status").asString()).isEqualTo("BOOKED");
        assertThat(b.get("start").asString()).isEqualTo(NINE);
        assertThat(b.get("end").asString()).isEqualTo(at(day(), "09:30:00-05:00"));
        assertThat(b.get("calendarUrl").asString())
                .isEqualTo("/api/v1/appointments/" + b.get("id").asString() + "/calendar.ics");
    }

    @Autowired
    StaffAccounts accounts;

    @Test
    void booking_with_the_patients_own_assessment_shares_it_with_that_clinic_and_audits_it() {
        UUID clinic = clinic(TestClinics.standard(1));
        UUID patient = TestPatients.create(accounts);
        String result = TestAssessments.take(http);

        HttpResponse<String> r = bookWith(patient, "own", clinic, result);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(count(
                        "select count(*) from consent where patient_id = :p and clinic_id = :c"
                                + " and scope = 'ASSESSMENT_RESULTS' and withdrawn_at is null",
                        patient,
                        clinic))
                .isEqualTo(1);
        assertThat(count(
                        "select count(*) from audit_event where action = 'SHARE' and resource_type = 'Assessment'"
                                + " and patient_id = :p and clinic_id = :c",
                        patient,
                        clinic))
                .isEqualTo(1);
        assertThat(r.body()).doesNotContain(result);
    }

    @Test
    void another_persons_or_an_unknown_assessment_is_refused_alike_and_nothing_is_booked_or_shared() {
        UUID clinic = clinic(TestClinics.standard(1));
        UUID owner = TestPatients.create(accounts);
        String theirs = TestAssessments.take(http);
        assertThat(bookWith(owner, "owner", clinic, theirs).statusCode()).isEqualTo(201);
        UUID other = TestPatients.create(accounts);

        HttpResponse<String> foreign = bookWith(other, "foreign", clinic, theirs);
        HttpResponse<String> unknown = bookWith(other, "unknown", clinic, "AAAAAAAAAAAAAAAAAAAAAA");
        HttpResponse<String> notAnId =
                bookWith(other, "uuid", clinic, UUID.randomUUID().toString());

        for (HttpResponse<String> r : java.util.List.of(foreign, unknown, notAnId)) {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
            assertThat(body(r).get("errors").get(0).get("field").asString()).isEqualTo("assessmentId");
        }
        assertThat(body(foreign).get("errors")).isEqualTo(body(unknown).get("errors"));
        assertThat(count("select count(*) from appointment where patient_id = :p and clinic_id = :c", other, clinic))
                .isZero();
        assertThat(count("select count(*) from consent where patient_id = :p and clinic_id = :c", other, clinic))
                .isZero();
    }

    private HttpResponse<String> bookWith(UUID patient, String key, UUID clinic, String assessmentId) {
        String start = key.equals("owner") || key.equals("own") ? NINE : at(day(), "10:00:00-05:00");
        return http.post(
                "/api/v1/appointments",
                "{\"providerId\":\"" + clinic + "\",\"service\":\"FREE_CONSULT\",\"start\":\"" + start
                        + "\",\"assessmentId\":\"" + assessmentId + "\"}",
                SchedulingTestConfiguration.ACCOUNT_HEADER,
                patient(patient),
                "Idempotency-Key",
                key);
    }

    private long count(String sql, UUID patient, UUID clinic) {
        return jdbc.sql(sql)
                .param("p", patient)
                .param("c", clinic)
                .query(Long.class)
                .single();
    }

    @Test
    void the_same_idempotency_key_returns_the_same_appointment_and_never_books_twice() {
        UUID clinic = clinic(TestClinics.standard(2));
        UUID patient = UUID.randomUUID();
        HttpResponse<String> first = book(patient, "same", clinic, "FREE_CONSULT", NINE);
        HttpResponse<String> again = book(patient, "same", clinic, "FREE_CONSULT", NINE);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(body(again).get("id").asString())
                .isEqualTo(body(first).get("id").asString());
        HttpResponse<String> mine =
                http.get("/api/v1/appointments", SchedulingTestConfiguration.ACCOUNT_HEADER, patient(patient));
        assertThat(body(mine).size()).isEqualTo(1);
    }

    @Test
    void an_idempotency_key_that_is_not_printable_ascii_is_a_400_naming_the_header_and_books_nothing() {
        UUID clinic = clinic(TestClinics.standard(1));
        UUID patient = UUID.randomUUID();
        byte[] payload = ("{\"providerId\":\"" + clinic + "\",\"service\":\"FREE_CONSULT\",\"start\":\"" + NINE + "\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // Header bytes as sent (ISO-8859-1 text): UTF-8 for "kéy", Latin-1 for "kéy", and a C1 control.
        for (String key : new String[] {"k\u00c3\u00a9y", "k\u00e9y", "k\u0085y", "\u00a0"}) {
            HttpResponse<String> response = http.raw(
                    "POST",
                    "/api/v1/appointments",
                    payload,
                    "Content-Type: application/json",
                    SchedulingTestConfiguration.ACCOUNT_HEADER + ": " + patient(patient),
                    "Idempotency-Key: " + key);

            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(response.body()).contains("\"field\":\"Idempotency-Key\"");
        }
        assertThat(book(patient, "plain-ascii key 1", clinic, "FREE_CONSULT", NINE)
                        .statusCode())
                .as("nothing was booked before")
                .isEqualTo(201);
    }

    @Test
    void the_same_key_with_a_different_request_is_refused() {
        UUID clinic = clinic(TestClinics.standard(2));
        UUID patient = UUID.randomUUID();
        book(patient, "reused", clinic, "FREE_CONSULT", NINE);
        HttpResponse<String> other = book(patient, "reused", clinic, "FREE_CONSULT", at(day(), "10:00:00-05:00"));

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
    }

    @Test
    void a_taken_slot_is_a_409_and_a_start_off_the_grid_is_a_422() {
        UUID clinic = clinic(TestClinics.standard(1));
        assertThat(book(UUID.randomUUID(), "a", clinic, "FREE_CONSULT", NINE).statusCode())
                .isEqualTo(201);

        HttpResponse<String> taken = book(UUID.randomUUID(), "b", clinic, "FREE_CONSULT", NINE);
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(taken.body()).contains("no longer free");
        assertThat(book(UUID.randomUUID(), "c", clinic, "FREE_CONSULT", at(day(), "09:10:00-05:00"))
                        .statusCode())
                .isEqualTo(422);
        assertThat(book(UUID.randomUUID(), "d", clinic, "FREE_CONSULT", at(day(), "20:00:00-05:00"))
                        .statusCode())
                .isEqualTo(422);
        assertThat(book(UUID.randomUUID(), "e", clinic, "IM_INJECTION", NINE).statusCode())
                .isEqualTo(422);
    }

    @Test
    void minimum_notice_and_horizon_bound_what_can_be_booked() {
        UUID clinic = clinic(TestClinics.standard(1));
        // Clock: 2026-12-01 12:00Z = 07:00 New York. 2 h notice: 09:00 (14:00Z) is fine, but not when it is 08:00.
        LocalDate today = LocalDate.of(2026, 12, 1);
        clock.set(instant(at(today, "07:30:00-05:00")));
        assertThat(book(UUID.randomUUID(), "n1", clinic, "FREE_CONSULT", at(today, "09:00:00-05:00"))
                        .statusCode())
                .isEqualTo(422);
        assertThat(book(UUID.randomUUID(), "n2", clinic, "FREE_CONSULT", at(today, "09:30:00-05:00"))
                        .statusCode())
                .isEqualTo(201);
        LocalDate far = today.plusDays(181);
        assertThat(book(UUID.randomUUID(), "h", clinic, "FREE_CONSULT", at(far, "10:00:00-05:00"))
                        .statusCode())
                .isEqualTo(422);
    }

    @Test
    void booking_needs_a_signed_in_patient_with_a_verified_email() {
        UUID clinic = clinic(TestClinics.standard(1));
        String payload = "{\"providerId\":\"" + clinic + "\",\"service\":\"FREE_CONSULT\",\"start\":\"" + NINE + "\"}";

        assertThat(http.post("/api/v1/appointments", payload, "Idempotency-Key", "x")
                        .statusCode())
                .isEqualTo(401);
        HttpResponse<String> unverified = http.post(
                "/api/v1/appointments",
                payload,
                "Idempotency-Key",
                "x",
                SchedulingTestConfiguration.ACCOUNT_HEADER,
                UUID.randomUUID() + " ROLE_PATIENT");
        assertThat(unverified.statusCode()).isEqualTo(403);
        assertThat(unverified.body()).contains("e-mail");
        HttpResponse<String> noKey = http.post(
                "/api/v1/appointments",
                payload,
                SchedulingTestConfiguration.ACCOUNT_HEADER,
                patient(UUID.randomUUID()));
        assertThat(noKey.statusCode()).isEqualTo(400);
        assertThat(noKey.body()).contains("Idempotency-Key");
    }

    @Test
    void an_appointment_is_visible_to_its_patient_and_its_clinic_staff_and_nobody_else() {
        UUID clinic = clinic(TestClinics.standard(1));
        UUID patient = UUID.randomUUID();
        String id =
                body(book(patient, "v", clinic, "FREE_CONSULT", NINE)).get("id").asString();
        String path = "/api/v1/appointments/" + id;

        assertThat(http.get(path, SchedulingTestConfiguration.ACCOUNT_HEADER, patient(patient))
                        .statusCode())
                .isEqualTo(200);
        assertThat(http.get(
                                path,
                                SchedulingTestConfiguration.ACCOUNT_HEADER,
                                UUID.randomUUID() + " ROLE_CLINICIAN,CLINIC_STAFF:" + clinic)
                        .statusCode())
                .isEqualTo(200);
        assertThat(http.get(path, SchedulingTestConfiguration.ACCOUNT_HEADER, patient(UUID.randomUUID()))
                        .statusCode())
                .isEqualTo(404);
        assertThat(http.get(
                                path,
                                SchedulingTestConfiguration.ACCOUNT_HEADER,
                                UUID.randomUUID() + " ROLE_CLINICIAN,CLINIC_STAFF:" + UUID.randomUUID())
                        .statusCode())
                .isEqualTo(404);
        assertThat(http.get(path).statusCode()).isEqualTo(401);
    }

    @Test
    void cancelling_frees_the_slot_until_24_hours_before_and_is_refused_later() {
        UUID clinic = clinic(TestClinics.standard(1));
        UUID patient = UUID.randomUUID();
        String id = body(book(patient, "c1", clinic, "FREE_CONSULT", NINE))
                .get("id")
                .asString();

        clock.set(instant(NINE).minus(Duration.ofHours(23)));
        HttpResponse<String> late = http.post(
                "/api/v1/appointments/" + id + "/cancel",
                "{}",
                SchedulingTestConfiguration.ACCOUNT_HEADER,
                patient(patient));
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("24 hours");

        clock.set(instant(NINE).minus(Duration.ofHours(25)));
        HttpResponse<String> ok = http.post(
                "/api/v1/appointments/" + id + "/cancel",
                "{}",
                SchedulingTestConfiguration.ACCOUNT_HEADER,
                patient(patient));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(body(ok).get("status").asString()).isEqualTo("CANCELLED");
        assertThat(book(UUID.randomUUID(), "c2", clinic, "FREE_CONSULT", NINE).statusCode())
                .isEqualTo(201);
    }

    @Test
    void rescheduling_moves_the_appointment_and_frees_the_old_time() {
        UUID clinic = clinic(TestClinics.standard(1));
        UUID patient = UUID.randomUUID();
        String id = body(book(patient, "r1", clinic, "FREE_CONSULT", NINE))
                .get("id")
                .asString();
        String eleven = at(day(), "11:00:00-05:00");

        HttpResponse<String> moved = http.post(
                "/api/v1/appointments/" + id + "/reschedule",
                "{\"start\":\"" + eleven + "\"}",
                SchedulingTestConfiguration.ACCOUNT_HEADER,
                patient(patient));
        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(body(moved).get("start").asString()).isEqualTo(eleven);
        assertThat(book(UUID.randomUUID(), "r2", clinic, "FREE_CONSULT", NINE).statusCode())
                .isEqualTo(201);
        assertThat(book(UUID.randomUUID(), "r3", clinic, "FREE_CONSULT", eleven).statusCode())
                .isEqualTo(409);
    }

    @Test
    void a_hold_blocks_the_slot_until_it_expires_without_any_job_running() {
        UUID clinic = clinic(TestClinics.standard(1));
        HttpResponse<String> hold = http.post(
                "/api/v1/holds",
                "{\"providerId\":\"" + clinic + "\",\"service\":\"FREE_CONSULT\",\"start\":\"" + NINE + "\"}");
        assertThat(hold.statusCode()).isEqualTo(201);
        assertThat(body(hold).get("expiresAt").asString()).isEqualTo("2026-12-01T12:10:00Z");

        assertThat(book(UUID.randomUUID(), "h1", clinic, "FREE_CONSULT", NINE).statusCode())
                .isEqualTo(409);
        assertThat(availability(clinic, "FREE_CONSULT", day(), day()).body()).doesNotContain(NINE);

        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        assertThat(availability(clinic, "FREE_CONSULT", day(), day()).body()).contains(NINE);
        assertThat(book(UUID.randomUUID(), "h2", clinic, "FREE_CONSULT", NINE).statusCode())
                .isEqualTo(201);
    }

    @Test
    void booking_with_a_hold_converts_it() {
        UUID clinic = clinic(TestClinics.standard(1));
        String holdId = body(http.post(
                        "/api/v1/holds",
                        "{\"providerId\":\"" + clinic + "\",\"service\":\"FREE_CONSULT\",\"start\":\"" + NINE + "\"}"))
                .get("id")
                .asString();
        HttpResponse<String> booked = http.post(
                "/api/v1/appointments",
                "{\"providerId\":\"" + clinic + "\",\"service\":\"FREE_CONSULT\",\"start\":\"" + NINE
                        + "\",\"holdId\":\"" + holdId + "\"}",
                SchedulingTestConfiguration.ACCOUNT_HEADER,
                patient(UUID.randomUUID()),
                "Idempotency-Key",
                "hold");
        assertThat(booked.statusCode()).isEqualTo(201);
        clock.advance(Duration.ofMinutes(30));
        assertThat(book(UUID.randomUUID(), "h3", clinic, "FREE_CONSULT", NINE).statusCode())
                .isEqualTo(409);
    }

    @Test
    void malformed_requests_are_400_problems_naming_the_field_and_never_500() {
        UUID clinic = clinic(TestClinics.standard(1));
        UUID patient = UUID.randomUUID();
        HttpResponse<String> badStart = book(patient, "m1", clinic, "FREE_CONSULT", "tomorrow at nine");
        assertThat(badStart.statusCode()).isEqualTo(400);
        assertThat(badStart.body()).contains("start");
        HttpResponse<String> badService = book(patient, "m2", clinic, "MASSAGE", NINE);
        assertThat(badService.statusCode()).isEqualTo(400);
        assertThat(badService.body()).contains("service");
        HttpResponse<String> notJson = http.post(
                "/api/v1/appointments",
                "{nope",
                SchedulingTestConfiguration.ACCOUNT_HEADER,
                patient(patient),
                "Idempotency-Key",
                "m3");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(book(patient, "m4", UUID.randomUUID(), "FREE_CONSULT", NINE).statusCode())
                .isEqualTo(404);
        HttpResponse<String> farFuture = book(patient, "m5", clinic, "FREE_CONSULT", "+99999-01-01T09:00:00-05:00");
        assertThat(farFuture.statusCode()).isEqualTo(400);
    }

    @Test
    void another_patient_cannot_cancel_or_move_an_appointment() {
        UUID clinic = clinic(TestClinics.standard(1));
        String id = body(book(UUID.randomUUID(), "o1", clinic, "FREE_CONSULT", NINE))
                .get("id")
                .asString();
        String intruder = patient(UUID.randomUUID());
        assertThat(http.post(
                                "/api/v1/appointments/" + id + "/cancel",
                                "{}",
                                SchedulingTestConfiguration.ACCOUNT_HEADER,
                                intruder)
                        .statusCode())
                .isEqualTo(404);
        assertThat(http.post(
                                "/api/v1/appointments/" + id + "/reschedule",
                                "{\"start\":\"" + NINE + "\"}",
                                SchedulingTestConfiguration.ACCOUNT_HEADER,
                                intruder)
                        .statusCode())
                .isEqualTo(404);
    }
}
