package org.ketapath.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketapath.identity.ConsentApi.Scope;
import org.ketapath.identity.domain.Mfa;
import org.ketapath.identity.domain.StaffAccounts;
import org.ketapath.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Consent decides what a clinic's staff see; withdrawal stops access at once; every read and write of PHI
 * leaves an audit row; the patient sees the access report, downloads their data and can close the account.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsentAndRecordsTests {

    static final UUID CLINIC_A = UUID.fromString("c0000000-0000-4000-8000-0000000000a1");
    static final UUID CLINIC_B = UUID.fromString("c0000000-0000-4000-8000-0000000000b1");

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts staff;

    @Autowired
    Mfa mfa;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConsentApi consentApi;

    Http http;
    IdentityFixtures fixtures;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        fixtures = new IdentityFixtures(http, staff, mfa, jdbc);
        org.ketapath.support.DirectoryRows.clinics(jdbc, CLINIC_A, CLINIC_B);
    }

    private String bearer(String token) {
        return "Bearer " + token;
    }

    private List<Map<String, Object>> auditRows(UUID patient, String action, String type) {
        return jdbc.sql("""
                        select actor_id, actor_role, clinic_id, outcome, ip_address from audit_event
                        where patient_id = :p and action = :a and resource_type = :t order by seq
                        """)
                .param("p", patient)
                .param("a", action)
                .param("t", type)
                .query()
                .listOfRows();
    }

    @Test
    void sharing_with_an_id_no_clinic_has_is_a_field_error_and_stores_nothing() {
        String patientEmail = IdentityFixtures.uniqueEmail("p");
        UUID patient = fixtures.verifiedPatient(patientEmail);
        HttpResponse<String> refused = http.post(
                "/api/v1/patients/me/consents",
                "{\"clinicId\":\"" + UUID.randomUUID() + "\",\"scope\":\"DIARY\"}",
                "Authorization",
                bearer(fixtures.token(patientEmail, false)));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"clinicId\"");
        assertThat(consentApi.sharesWith(patient, CLINIC_A)).isFalse();
    }

    @Test
    void staff_see_a_patient_only_while_the_patient_shares_with_their_clinic() {
        String patientEmail = IdentityFixtures.uniqueEmail("p");
        UUID patient = fixtures.verifiedPatient(patientEmail);
        String patientToken = fixtures.token(patientEmail, false);
        String staffA = IdentityFixtures.uniqueEmail("a");
        UUID staffAId = fixtures.staff(staffA, Role.CLINICIAN, CLINIC_A);
        String staffB = IdentityFixtures.uniqueEmail("b");
        fixtures.staff(staffB, Role.CLINICIAN, CLINIC_B);
        String tokenA = fixtures.token(staffA, true);
        String tokenB = fixtures.token(staffB, true);
        String pathA = "/api/v1/clinics/" + CLINIC_A + "/patients/" + patient;

        assertThat(http.get(pathA, "Authorization", bearer(tokenA)).statusCode())
                .isEqualTo(404);

        HttpResponse<String> granted = http.post(
                "/api/v1/patients/me/consents",
                "{\"clinicId\":\"" + CLINIC_A + "\",\"scope\":\"ASSESSMENT_RESULTS\"}",
                "Authorization",
                bearer(patientToken));
        assertThat(granted.statusCode()).isEqualTo(201);
        String consentId = granted.body().replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");

        HttpResponse<String> seen = http.get(pathA, "Authorization", bearer(tokenA));
        assertThat(seen.statusCode()).isEqualTo(200);
        assertThat(seen.body()).contains("Grace").contains("Hopper");
        assertThat(consentApi.mayAccess(staffAId, CLINIC_A, patient, Scope.ASSESSMENT_RESULTS))
                .isTrue();
        assertThat(consentApi.mayAccess(staffAId, CLINIC_A, patient, Scope.DIARY))
                .isFalse();
        assertThat(http.get("/api/v1/clinics/" + CLINIC_A + "/patients", "Authorization", bearer(tokenA))
                        .body())
                .contains(patient.toString());

        HttpResponse<String> otherClinic = http.get(pathA, "Authorization", bearer(tokenB));
        assertThat(otherClinic.statusCode()).isEqualTo(404);
        assertThat(otherClinic.body()).doesNotContain("Grace");
        assertThat(http.get("/api/v1/clinics/" + CLINIC_B + "/patients/" + patient, "Authorization", bearer(tokenB))
                        .statusCode())
                .isEqualTo(404);

        HttpResponse<String> withdrawn = http.post(
                "/api/v1/patients/me/consents/" + consentId + "/withdraw", "", "Authorization", bearer(patientToken));
        assertThat(withdrawn.statusCode()).isEqualTo(200);
        assertThat(withdrawn.body()).contains("\"withdrawnAt\":\"");

        assertThat(http.get(pathA, "Authorization", bearer(tokenA)).statusCode())
                .isEqualTo(404);
        assertThat(consentApi.mayAccess(staffAId, CLINIC_A, patient, Scope.ASSESSMENT_RESULTS))
                .isFalse();

        assertThat(auditRows(patient, "SHARE", "Consent")).hasSize(1);
        assertThat(auditRows(patient, "WITHDRAW", "Consent"))
                .singleElement()
                .satisfies(row -> assertThat(row.get("clinic_id")).isEqualTo(CLINIC_A));
        List<Map<String, Object>> staffReads = auditRows(patient, "READ", "Patient");
        assertThat(staffReads)
                .anySatisfy(row -> {
                    assertThat(row.get("actor_id")).isEqualTo(staffAId);
                    assertThat(row.get("actor_role")).isEqualTo("CLINICIAN");
                    assertThat(row.get("clinic_id")).isEqualTo(CLINIC_A);
                    assertThat(row.get("outcome")).isEqualTo("SUCCESS");
                    assertThat(row.get("ip_address")).isNotNull();
                })
                .anySatisfy(row -> assertThat(row.get("outcome")).isEqualTo("DENIED"));
    }

    @Test
    void a_patient_cannot_withdraw_another_patients_consent() {
        String one = IdentityFixtures.uniqueEmail("one");
        UUID first = fixtures.verifiedPatient(one);
        String two = IdentityFixtures.uniqueEmail("two");
        fixtures.verifiedPatient(two);
        UUID consent = consentApi.grant(first, CLINIC_A, Scope.DIARY);

        HttpResponse<String> response = http.post(
                "/api/v1/patients/me/consents/" + consent + "/withdraw",
                "",
                "Authorization",
                bearer(fixtures.token(two, false)));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(consentApi.sharesWith(first, CLINIC_A)).isTrue();
    }

    @Test
    void profile_reads_export_and_access_report_are_audited_and_the_report_shows_staff_reads() {
        String email = IdentityFixtures.uniqueEmail("report");
        UUID patient = fixtures.verifiedPatient(email);
        String token = fixtures.token(email, false);
        consentApi.grant(patient, CLINIC_A, Scope.ASSESSMENT_RESULTS);
        String staffEmail = IdentityFixtures.uniqueEmail("looker");
        fixtures.staff(staffEmail, Role.CLINIC_ADMIN, CLINIC_A);
        http.get(
                "/api/v1/clinics/" + CLINIC_A + "/patients/" + patient,
                "Authorization",
                bearer(fixtures.token(staffEmail, true)));

        assertThat(http.get("/api/v1/patients/me", "Authorization", bearer(token))
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> export = http.get("/api/v1/patients/me/export", "Authorization", bearer(token));
        HttpResponse<String> report = http.get("/api/v1/patients/me/access-report", "Authorization", bearer(token));

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body()).contains(email).contains("Hopper").contains("ASSESSMENT_RESULTS");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains("CLINIC_ADMIN").contains(CLINIC_A.toString());
        assertThat(auditRows(patient, "READ", "Patient")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(auditRows(patient, "EXPORT", "Patient")).hasSize(1);
        assertThat(auditRows(patient, "READ", "AccessReport")).hasSize(1);
        assertThat(auditRows(patient, "SIGN_IN", "Account")).isNotEmpty();
    }

    @Test
    void closing_an_account_erases_the_profile_and_credentials_and_keeps_the_audit_trail() {
        String email = IdentityFixtures.uniqueEmail("closing");
        UUID patient = fixtures.verifiedPatient(email);
        String token = fixtures.token(email, false);
        consentApi.grant(patient, CLINIC_A, Scope.DIARY);

        assertThat(http.post(
                                "/api/v1/patients/me/close",
                                "{\"password\":\"wrong-password-1\"}",
                                "Authorization",
                                bearer(token))
                        .statusCode())
                .isEqualTo(400);
        HttpResponse<String> closed = http.post(
                "/api/v1/patients/me/close",
                "{\"password\":\"" + IdentityFixtures.PASSWORD + "\"}",
                "Authorization",
                bearer(token));

        assertThat(closed.statusCode()).isEqualTo(204);
        assertThat(http.get("/api/v1/patients/me", "Authorization", bearer(token))
                        .statusCode())
                .isEqualTo(401);
        assertThat(jdbc.sql("select count(*) from patient_profile where account_id = :id")
                        .param("id", patient)
                        .query(Integer.class)
                        .single())
                .isZero();
        Map<String, Object> account = jdbc.sql("select email, password_hash, closed_at from account where id = :id")
                .param("id", patient)
                .query()
                .singleRow();
        assertThat(account.get("email").toString()).doesNotContain(email).endsWith("@closed.invalid");
        assertThat(account.get("password_hash")).isNull();
        assertThat(account.get("closed_at")).isNotNull();
        assertThat(consentApi.sharesWith(patient, CLINIC_A)).isFalse();
        assertThat(auditRows(patient, "DELETE", "Patient")).hasSize(1);
        assertThat(auditRows(patient, "SHARE", "Consent")).hasSize(1);
        assertThat(http.post(
                                "/api/v1/auth/token",
                                "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, IdentityFixtures.PASSWORD))
                        .statusCode())
                .isEqualTo(401);
        assertThat(http.post("/api/v1/patients", IdentityFixtures.signUpJson(email, IdentityFixtures.PASSWORD))
                        .statusCode())
                .as("the address is free again")
                .isEqualTo(201);
    }
}
