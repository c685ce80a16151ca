package org.ketapath.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketapath.treatment.TreatmentFixtures.bearer;
import static org.ketapath.treatment.TreatmentFixtures.json;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketapath.identity.Role;
import org.ketapath.identity.domain.Mfa;
import org.ketapath.identity.domain.StaffAccounts;
import org.ketapath.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The session record through the API: from course and consent to a signed, locked record. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionRecordApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.ketapath.treatment.TreatmentApi treatmentApi;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    Mfa mfa;

    Http http;
    TreatmentFixtures fx;
    UUID clinic;
    UUID patient;
    String patientEmail;
    String clinician;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        fx = new TreatmentFixtures(http, jdbc, accounts, mfa);
        clinic = fx.clinic();
        patientEmail = TreatmentFixtures.email("patient");
        patient = fx.patient(patientEmail);
        clinician = fx.staffToken(Role.CLINICIAN, clinic);
    }

    // --- helpers -------------------------------------------------------------------------------------------

    HttpResponse<String> post(String path, String body) {
        return http.post(path, body, bearer(clinician));
    }

    HttpResponse<String> put(String path, String body) {
        return http.send("PUT", path, body, bearer(clinician));
    }

    static String ago(int minutes) {
        return Instant.now()
                .minus(minutes, ChronoUnit.MINUTES)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
    }

    UUID course(String json) {
        fx.appointment(clinic, patient);
        HttpResponse<String> r = post("/api/v1/clinics/" + clinic + "/patients/" + patient + "/courses", json);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return UUID.fromString(json(r).get("id").asString());
    }

    static final String IV_COURSE = """
            {"condition":"DEPRESSION","icd10":"F33.1","route":"IV","doseMgPerKg":0.5,"rateMgPerKgPerHour":0.75,
             "plannedSessions":6}""";

    static final String ESKETAMINE_COURSE = """
            {"condition":"DEPRESSION","icd10":"F33.2","route":"INTRANASAL_ESKETAMINE","fixedDoseMg":56,
             "plannedSessions":8}""";

    void consent(UUID course) {
        HttpResponse<String> text = post(
                "/api/v1/clinics/" + clinic + "/consent-texts", "{\"markdown\":\"# Consent\\nKetamine may cause...\"}");
        assertThat(text.statusCode()).as(text.body()).isEqualTo(201);
        String token = fx.patientToken(patientEmail);
        HttpResponse<String> forms = http.get("/api/v1/patients/me/consent-forms", bearer(token));
        assertThat(forms.statusCode()).isEqualTo(200);
        assertThat(json(forms).findValuesAsString("id")).contains(course.toString());
        HttpResponse<String> accepted = http.post(
                "/api/v1/patients/me/consent-forms/" + course + "/accept",
                "{\"fullName\":\"Grace Hopper\"}",
                bearer(token));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
        assertThat(json(http.get("/api/v1/patients/me/consent-forms", bearer(token)))
                        .size())
                .isZero();
    }

    UUID session() {
        UUID appointment = fx.appointment(clinic, patient);
        HttpResponse<String> r = post("/api/v1/appointments/" + appointment + "/session", "");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return UUID.fromString(json(r).get("id").asString());
    }

    static String vitals(String at, int sys, int dia, int hr, int spo2, int rr) {
        return """
                {"at":"%s","systolic":%d,"diastolic":%d,"heartRate":%d,"spo2":%d,"respiratoryRate":%d}""".formatted(at, sys, dia, hr, spo2, rr);
    }

    HttpResponse<String> preCheck(UUID session, String baselineAt) {
        return put(
                "/api/v1/sessions/" + session + "/pre-check", """
                {"weightKg":80,"fasting":true,"escortName":"Sam Hopper","escortPhone":"+1 215 555 0134",
                 "baseline":%s,"medicationChanges":"none","pregnancyTest":"NOT_APPLICABLE","phq9Item9":0}""".formatted(vitals(baselineAt, 128, 82, 74, 98, 14)));
    }

    static String ivDose(int amountMg, double rate, String start, String justification) {
        return """
                {"drug":"KETAMINE","route":"IV","amountMg":%d,"rateMgPerKgPerHour":%s,"startAt":"%s",
                 "lot":"KX-1234","lotExpiresOn":"2030-01-31"%s}""".formatted(
                amountMg, rate, start, justification == null ? "" : ",\"justification\":\"" + justification + "\"");
    }

    void scores(UUID session) {
        assertThat(post(
                                "/api/v1/sessions/" + session + "/scores",
                                "{\"instrument\":\"MOAA_S\",\"value\":4," + "\"phase\":\"AFTER\",\"at\":\"" + ago(20)
                                        + "\"}")
                        .statusCode())
                .isEqualTo(201);
        assertThat(post(
                                "/api/v1/sessions/" + session + "/scores",
                                "{\"instrument\":\"CADSS_6\",\"value\":7," + "\"phase\":\"AFTER\",\"at\":\"" + ago(20)
                                        + "\"}")
                        .statusCode())
                .isEqualTo(201);
    }

    HttpResponse<String> discharge(UUID session, int score, String at, String justification) {
        return put("/api/v1/sessions/" + session + "/discharge", """
                {"tool":"ALDRETE","score":%d,"at":"%s","escortConfirmed":true,"instructionsGiven":true%s}""".formatted(
                        score, at, justification == null ? "" : ",\"justification\":\"" + justification + "\""));
    }

    static List<String> fields(HttpResponse<String> r) {
        List<String> out = new ArrayList<>();
        json(r).get("errors").forEach(e -> out.add(e.get("field").asString()));
        return out;
    }

    // --- tests ---------------------------------------------------------------------------------------------

    @Test
    void shouldDocumentAWholeIvSessionAndLockItWhenSigned() {
        UUID course = course(IV_COURSE);
        consent(course);
        UUID session = session();
        assertThat(preCheck(session, ago(90)).statusCode()).isEqualTo(200);

        HttpResponse<String> dose = post("/api/v1/sessions/" + session + "/doses", ivDose(40, 0.75, ago(80), null));
        assertThat(dose.statusCode()).as(dose.body()).isEqualTo(201);
        assertThat(json(dose).get("mgPerKg").asDouble()).isEqualTo(0.5);

        HttpResponse<String> high =
                post("/api/v1/sessions/" + session + "/vitals", vitals(ago(60), 184, 96, 88, 97, 16));
        assertThat(high.statusCode()).as(high.body()).isEqualTo(201);
        JsonNode flags = json(high).get("flags");
        assertThat(flags.size()).isEqualTo(1);
        assertThat(flags.get(0).get("kind").asString()).isEqualTo("SYSTOLIC_HIGH");
        String flagId = flags.get(0).get("id").asString();
        assertThat(post("/api/v1/sessions/" + session + "/vitals", vitals(ago(45), 150, 90, 80, 98, 15))
                        .statusCode())
                .isEqualTo(201);
        scores(session);
        assertThat(post(
                                "/api/v1/sessions/" + session + "/events",
                                "{\"kind\":\"NAUSEA\",\"severity\":\"MILD\","
                                        + "\"rescueMedication\":\"ondansetron 4 mg\",\"at\":\"" + ago(40) + "\"}")
                        .statusCode())
                .isEqualTo(201);
        assertThat(discharge(session, 10, ago(5), null).statusCode()).isEqualTo(200);

        HttpResponse<String> early = post("/api/v1/sessions/" + session + "/sign", "");
        assertThat(early.statusCode()).isEqualTo(422);
        assertThat(json(early).get("missing").findValuesAsString("part")).containsExactly("flags." + flagId);

        HttpResponse<String> resolved = post(
                "/api/v1/sessions/" + session + "/flags/" + flagId + "/resolve",
                "{\"note\":\"Rechecked after 5 minutes: 150/90. Infusion continued.\"}");
        assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);

        HttpResponse<String> signed = post("/api/v1/sessions/" + session + "/sign", "");
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
        assertThat(json(signed).get("status").asString()).isEqualTo("SIGNED");

        assertThat(post("/api/v1/sessions/" + session + "/vitals", vitals(ago(1), 120, 80, 70, 98, 14))
                        .statusCode())
                .isEqualTo(409);
        assertThat(discharge(session, 9, ago(1), null).statusCode()).isEqualTo(409);
        assertThat(post("/api/v1/sessions/" + session + "/sign", "").statusCode())
                .isEqualTo(409);

        HttpResponse<String> amended = post(
                "/api/v1/sessions/" + session + "/amendments",
                "{\"part\":\"EVENTS\",\"reason\":\"Late entry: mild dizziness\",\"changes\":{\"kind\":\"DIZZINESS\"}}");
        assertThat(amended.statusCode()).as(amended.body()).isEqualTo(201);
        JsonNode whole = json(http.get("/api/v1/sessions/" + session, bearer(clinician)));
        assertThat(whole.get("amendments").size()).isEqualTo(1);
        assertThat(whole.get("events").size()).isEqualTo(1);
        assertThat(whole.get("events").get(0).get("kind").asString()).isEqualTo("NAUSEA");

        int audited = jdbc.sql(
                        "select count(*) from audit_event where resource_id = :id and action in ('READ', 'SIGN', 'AMEND')")
                .param("id", session.toString())
                .query(Integer.class)
                .single();
        assertThat(audited).isGreaterThanOrEqualTo(3);

        HttpResponse<String> export = http.get("/api/v1/patients/me/export", bearer(fx.patientToken(patientEmail)));
        assertThat(export.statusCode()).isEqualTo(200);
        JsonNode exported = json(export).get("treatment").get("sessions");
        assertThat(exported.size()).isEqualTo(1);
        assertThat(exported.get(0).get("id").asString()).isEqualTo(session.toString());
        assertThat(exported.get(0).get("amendments").size()).isEqualTo(1);
    }

    @Test
    void shouldRefuseInSqlAnyUpdateOrDeleteOfASignedRecordsRows() {
        UUID session = signedIvSession();
        assertThatThrownBy(() -> jdbc.sql("update session_vitals set systolic = 120 where session_id = :id")
                        .param("id", session)
                        .update())
                .hasMessageContaining("signed");
        assertThatThrownBy(() -> jdbc.sql("delete from session_dose where session_id = :id")
                        .param("id", session)
                        .update())
                .hasMessageContaining("signed");
        assertThatThrownBy(() -> jdbc.sql("update treatment_session set status = 'OPEN' where id = :id")
                        .param("id", session)
                        .update())
                .hasMessageContaining("signed");
        assertThatThrownBy(() -> jdbc.sql("update session_discharge set score = 3 where session_id = :id")
                        .param("id", session)
                        .update())
                .hasMessageContaining("signed");
    }

    UUID signedIvSession() {
        UUID course = course(IV_COURSE);
        consent(course);
        UUID session = session();
        preCheck(session, ago(90));
        post("/api/v1/sessions/" + session + "/doses", ivDose(40, 0.75, ago(80), null));
        post("/api/v1/sessions/" + session + "/vitals", vitals(ago(60), 130, 80, 80, 98, 15));
        scores(session);
        discharge(session, 9, ago(5), null);
        HttpResponse<String> signed = post("/api/v1/sessions/" + session + "/sign", "");
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
        return session;
    }

    @Test
    void shouldListEveryMissingPartOfAnEmptyRecord() {
        course(IV_COURSE);
        UUID session = session();
        HttpResponse<String> r = post("/api/v1/sessions/" + session + "/sign", "");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(json(r).get("missing").findValuesAsString("part"))
                .containsExactly("preCheck", "doses", "vitals", "scores.MOAA_S", "scores.CADSS_6", "discharge");
    }

    @Test
    void shouldRefuseASecondSessionForTheSameAppointment() {
        course(IV_COURSE);
        UUID appointment = fx.appointment(clinic, patient);
        assertThat(post("/api/v1/appointments/" + appointment + "/session", "").statusCode())
                .isEqualTo(201);
        HttpResponse<String> second = post("/api/v1/appointments/" + appointment + "/session", "");
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(json(second).get("code").asString()).isEqualTo("session-exists");
    }

    @Test
    void shouldRefuseADoseBeforeConsentNamingIt() {
        course(IV_COURSE);
        UUID session = session();
        preCheck(session, ago(30));
        HttpResponse<String> r = post("/api/v1/sessions/" + session + "/doses", ivDose(40, 0.75, ago(20), null));
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(json(r).get("code").asString()).isEqualTo("consent-missing");
        assertThat(json(r).get("detail").asString()).contains("consent");
    }

    @Test
    void shouldRequireAJustificationAbovePlanOrAboveTwoMgPerKgPerHour() {
        consent(course(IV_COURSE));
        UUID session = session();
        preCheck(session, ago(30));
        HttpResponse<String> abovePlan =
                post("/api/v1/sessions/" + session + "/doses", ivDose(48, 0.75, ago(20), null));
        assertThat(abovePlan.statusCode()).isEqualTo(400);
        assertThat(fields(abovePlan)).containsExactly("justification");
        HttpResponse<String> fast = post("/api/v1/sessions/" + session + "/doses", ivDose(40, 2.5, ago(20), null));
        assertThat(fast.statusCode()).isEqualTo(400);
        assertThat(json(fast).get("detail").asString()).contains("above 2 mg/kg/h");
        HttpResponse<String> justified = post(
                "/api/v1/sessions/" + session + "/doses",
                ivDose(48, 0.75, ago(20), "Partial response at 0.5 mg/kg; titrated per protocol"));
        assertThat(justified.statusCode()).as(justified.body()).isEqualTo(201);
        assertThat(json(justified).get("mgPerKg").asDouble()).isEqualTo(0.6);
    }

    @Test
    void shouldRefuseImpossibleVitalsNamingTheFieldAndTheDatabaseRefusesThemToo() {
        course(IV_COURSE);
        UUID session = session();
        for (String[] c : new String[][] {
            {vitals(ago(1), 400, 80, 70, 98, 14), "systolic"},
            {vitals(ago(1), 120, 10, 70, 98, 14), "diastolic"},
            {vitals(ago(1), 120, 80, 5, 98, 14), "heartRate"},
            {vitals(ago(1), 120, 80, 70, 101, 14), "spo2"},
            {vitals(ago(1), 120, 80, 70, 98, 95), "respiratoryRate"},
            {vitals(ago(1), 100, 120, 70, 98, 14), "diastolic"},
            {vitals(Instant.now().plus(1, ChronoUnit.HOURS).toString(), 120, 80, 70, 98, 14), "at"}
        }) {
            HttpResponse<String> r = post("/api/v1/sessions/" + session + "/vitals", c[0]);
            assertThat(r.statusCode()).as(c[1]).isEqualTo(400);
            assertThat(fields(r)).as(r.body()).containsExactly(c[1]);
        }
        assertThatThrownBy(() ->
                        jdbc.sql("""
                        insert into session_vitals (id, session_id, clinic_id, at, systolic, diastolic, heart_rate, spo2,
                            recorded_by)
                        values (gen_random_uuid(), :s, :c, now(), 120, 80, 70, 140, :c)
                        """).param("s", session).param("c", clinic).update())
                .hasMessageContaining("check");
    }

    @Test
    void shouldFlagEveryDefaultThreshold() {
        course(IV_COURSE);
        UUID session = session();
        record Case(String body, List<String> kinds) {}
        for (Case c : List.of(
                new Case(vitals(ago(1), 180, 80, 70, 98, 14), List.of("SYSTOLIC_HIGH")),
                new Case(vitals(ago(1), 179, 109, 119, 92, 10), List.of()),
                new Case(vitals(ago(1), 170, 110, 70, 98, 14), List.of("DIASTOLIC_HIGH")),
                new Case(vitals(ago(1), 130, 80, 120, 98, 14), List.of("HEART_RATE_HIGH")),
                new Case(vitals(ago(1), 130, 80, 70, 91, 14), List.of("SPO2_LOW")),
                new Case(vitals(ago(1), 130, 80, 70, 98, 9), List.of("RESPIRATORY_RATE_LOW")),
                new Case(vitals(ago(1), 130, 80, 70, 98, 31), List.of("RESPIRATORY_RATE_HIGH")))) {
            HttpResponse<String> r = post("/api/v1/sessions/" + session + "/vitals", c.body());
            assertThat(r.statusCode()).isEqualTo(201);
            assertThat(json(r).get("flags").findValuesAsString("kind"))
                    .as(c.body())
                    .isEqualTo(c.kinds());
        }
    }

    @Test
    void shouldRequireAJustificationForADischargeBelowNine() {
        course(IV_COURSE);
        UUID session = session();
        HttpResponse<String> r = discharge(session, 8, ago(1), null);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(fields(r)).containsExactly("justification");
        assertThat(discharge(session, 8, ago(1), "Baseline mobility limited; escorted in a wheelchair")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void shouldRefuseAnUnlistedOrMismatchedIcdCode() {
        fx.appointment(clinic, patient);
        String path = "/api/v1/clinics/" + clinic + "/patients/" + patient + "/courses";
        HttpResponse<String> unknown = post(path, IV_COURSE.replace("F33.1", "Z99.9"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(fields(unknown)).containsExactly("icd10");
        HttpResponse<String> mismatch = post(path, IV_COURSE.replace("F33.1", "G43.709"));
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(fields(mismatch)).containsExactly("icd10");
    }

    @Test
    void shouldHideRecordsFromOtherClinicsStaffPatientsAndPlatformAdmins() {
        course(IV_COURSE);
        UUID session = session();
        UUID otherClinic = fx.clinic();
        List<String> outsiders = List.of(
                fx.staffToken(Role.CLINICIAN, otherClinic),
                fx.staffToken(Role.PLATFORM_ADMIN),
                fx.patientToken(patientEmail));
        for (String token : outsiders) {
            assertThat(http.get("/api/v1/sessions/" + session, bearer(token)).statusCode())
                    .isEqualTo(404);
            assertThat(http.post(
                                    "/api/v1/sessions/" + session + "/vitals",
                                    vitals(ago(1), 120, 80, 70, 98, 14),
                                    bearer(token))
                            .statusCode())
                    .isEqualTo(404);
        }
        String admin = fx.staffToken(Role.CLINIC_ADMIN, clinic);
        assertThat(http.get("/api/v1/sessions/" + session, bearer(admin)).statusCode())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/sessions/" + session).statusCode()).isEqualTo(401);
    }

    @Test
    void shouldDescribeEveryTreatmentEndpointInTheOpenApiDocument() {
        JsonNode paths = json(http.get("/api/v1/openapi.json")).get("paths");
        for (String path : List.of(
                "/api/v1/clinics/{clinicId}/patients/{patientId}/courses",
                "/api/v1/patients/me/consent-forms",
                "/api/v1/patients/me/consent-forms/{id}/accept",
                "/api/v1/appointments/{appointmentId}/session",
                "/api/v1/sessions/{id}",
                "/api/v1/sessions/{id}/pre-check",
                "/api/v1/sessions/{id}/doses",
                "/api/v1/sessions/{id}/vitals",
                "/api/v1/sessions/{id}/flags/{flagId}/resolve",
                "/api/v1/sessions/{id}/scores",
                "/api/v1/sessions/{id}/events",
                "/api/v1/sessions/{id}/discharge",
                "/api/v1/sessions/{id}/sign",
                "/api/v1/sessions/{id}/amendments",
                "/api/v1/clinics/{clinicId}/rems-forms")) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
    }

    @Test
    void shouldHoldAnEsketamineRecordUntilRemsObservationAndBloodPressuresAreComplete() {
        consent(course(ESKETAMINE_COURSE));
        UUID session = session();
        preCheck(session, ago(100));
        String dose = """
                {"drug":"ESKETAMINE","route":"INTRANASAL_ESKETAMINE","amountMg":56,"startAt":"%s",
                 "lot":"SP-77","lotExpiresOn":"2030-01-31"}""";
        assertThat(post("/api/v1/sessions/" + session + "/doses", dose.formatted(ago(90)))
                        .statusCode())
                .isEqualTo(201);
        post("/api/v1/sessions/" + session + "/vitals", vitals(ago(20), 130, 80, 80, 98, 15));
        scores(session);
        discharge(session, 10, ago(1), null);

        HttpResponse<String> early = post("/api/v1/sessions/" + session + "/sign", "");
        assertThat(early.statusCode()).isEqualTo(422);
        assertThat(json(early).get("missing").findValuesAsString("part"))
                .containsExactly("rems.observation", "rems.bloodPressureAt40Minutes", "rems.bloodPressureAtDischarge");
        assertThat(json(http.get("/api/v1/clinics/" + clinic + "/rems-forms?status=due", bearer(clinician)))
                        .findValuesAsString("sessionId"))
                .containsExactly(session.toString());
        // the clinic's home page lists it through the facade
        assertThat(treatmentApi.remsFormsDue(clinic))
                .extracting(org.ketapath.treatment.TreatmentApi.RemsFormDue::sessionId)
                .containsExactly(session);

        // the same facts, complete: dose 130 min ago, BP at 40 min and at discharge
        UUID later = session();
        preCheck(later, ago(140));
        post("/api/v1/sessions/" + later + "/doses", dose.formatted(ago(130)));
        post("/api/v1/sessions/" + later + "/vitals", vitals(ago(90), 150, 90, 80, 98, 15));
        post("/api/v1/sessions/" + later + "/vitals", vitals(ago(3), 128, 80, 72, 98, 14));
        scores(later);
        discharge(later, 10, ago(1), null);
        HttpResponse<String> signed = post("/api/v1/sessions/" + later + "/sign", "");
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
        JsonNode rems = json(signed).get("rems");
        assertThat(rems.get("minutesObserved").asLong()).isGreaterThanOrEqualTo(120);
        assertThat(rems.get("bloodPressureBeforeDosing").asBoolean()).isTrue();
        assertThat(post("/api/v1/sessions/" + later + "/rems-form/submit", "").statusCode())
                .isEqualTo(200);
        assertThat(json(http.get("/api/v1/clinics/" + clinic + "/rems-forms?status=submitted", bearer(clinician)))
                        .findValuesAsString("sessionId"))
                .containsExactly(later.toString());
    }

    @Test
    void shouldBlockDosingAfterAPositivePhq9Item9UntilTheRiskAssessmentIsDocumented() {
        consent(course(IV_COURSE));
        UUID session = session();
        String preCheck = """
                {"weightKg":80,"fasting":true,"escortName":"Sam Hopper","escortPhone":"+1 215 555 0134",
                 "baseline":%s,"pregnancyTest":"NEGATIVE","phq9Item9":2%s}""";
        String baseline = vitals(ago(30), 128, 82, 74, 98, 14);
        assertThat(put("/api/v1/sessions/" + session + "/pre-check", preCheck.formatted(baseline, ""))
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> blocked = post("/api/v1/sessions/" + session + "/doses", ivDose(40, 0.75, ago(20), null));
        assertThat(blocked.statusCode()).isEqualTo(409);
        assertThat(json(blocked).get("code").asString()).isEqualTo("risk-assessment-missing");

        String documented = ",\"riskAssessment\":\"Passive ideation, no plan; safety plan reviewed with patient\"";
        assertThat(put("/api/v1/sessions/" + session + "/pre-check", preCheck.formatted(baseline, documented))
                        .statusCode())
                .isEqualTo(200);
        assertThat(post("/api/v1/sessions/" + session + "/doses", ivDose(40, 0.75, ago(20), null))
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void shouldRequireTheEscortForInClinicRoutesAndPhq9ForPsychiatricIndications() {
        course(IV_COURSE);
        UUID session = session();
        HttpResponse<String> noEscort =
                put("/api/v1/sessions/" + session + "/pre-check", """
                {"weightKg":80,"fasting":true,"baseline":%s,"pregnancyTest":"NOT_APPLICABLE","phq9Item9":0}""".formatted(vitals(ago(5), 120, 80, 70, 98, 14)));
        assertThat(noEscort.statusCode()).isEqualTo(400);
        assertThat(fields(noEscort)).containsExactly("escortName");
        HttpResponse<String> noPhq9 =
                put("/api/v1/sessions/" + session + "/pre-check", """
                {"weightKg":80,"fasting":true,"escortName":"Sam","escortPhone":"+1 215 555 0134","baseline":%s,
                 "pregnancyTest":"NOT_APPLICABLE"}""".formatted(vitals(ago(5), 120, 80, 70, 98, 14)));
        assertThat(noPhq9.statusCode()).isEqualTo(400);
        assertThat(fields(noPhq9)).containsExactly("phq9Item9");
    }

    @Test
    void shouldShowAReadingOverdueFifteenMinutesAfterTheLastOne() {
        consent(course(IV_COURSE));
        UUID session = session();
        preCheck(session, ago(60));
        post("/api/v1/sessions/" + session + "/doses", ivDose(40, 0.75, ago(50), null));
        post("/api/v1/sessions/" + session + "/vitals", vitals(ago(20), 130, 80, 80, 98, 15));
        JsonView view = new JsonView(http.get("/api/v1/sessions/" + session, bearer(clinician)));
        assertThat(view.due().get("overdue").asBoolean()).isTrue();
        post("/api/v1/sessions/" + session + "/vitals", vitals(ago(1), 130, 80, 80, 98, 15));
        view = new JsonView(http.get("/api/v1/sessions/" + session, bearer(clinician)));
        assertThat(view.due().get("overdue").asBoolean()).isFalse();
    }

    @Test
    void shouldLetAClinicAdminOfTheClinicOpenARecordButNotAnotherClinicsClinician() {
        course(IV_COURSE);
        UUID appointment = fx.appointment(clinic, patient);
        String other = fx.staffToken(Role.CLINICIAN, fx.clinic());
        assertThat(http.post("/api/v1/appointments/" + appointment + "/session", "", bearer(other))
                        .statusCode())
                .isEqualTo(404);
        String admin = fx.staffToken(Role.CLINIC_ADMIN, clinic);
        assertThat(http.post("/api/v1/appointments/" + appointment + "/session", "", bearer(admin))
                        .statusCode())
                .isEqualTo(201);
    }

    record JsonView(HttpResponse<String> response) {
        JsonNode due() {
            assertThat(response.statusCode()).isEqualTo(200);
            return json(response).get("vitalsDue");
        }
    }
}
