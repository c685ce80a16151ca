package org.ketapath.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.ketapath.identity.Role;
import org.ketapath.identity.domain.Mfa;
import org.ketapath.identity.domain.PatientDetails;
import org.ketapath.identity.domain.StaffAccounts;
import org.ketapath.support.DirectoryRows;
import org.ketapath.support.Http;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Clinics, appointments, accounts and tokens for treatment tests (plain SQL for the other modules' rows). */
final class TreatmentFixtures {

    static final String PASSWORD = "correct-horse-battery-9";
    static final String SECRET = "KETAPATHTREATMENTTESTSECRETAAAAA";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final Http http;
    private final JdbcClient jdbc;
    private final StaffAccounts accounts;
    private final Mfa mfa;

    TreatmentFixtures(Http http, JdbcClient jdbc, StaffAccounts accounts, Mfa mfa) {
        this.http = http;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.mfa = mfa;
    }

    static String email(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }

    UUID clinic() {
        UUID clinic = UUID.randomUUID();
        DirectoryRows.clinics(jdbc, clinic);
        jdbc.sql("""
                        insert into practitioner (id, clinic_id, given_name, family_name, npi)
                        values (:id, :clinic, 'Dana', 'Demo', '1234567893')
                        """).param("id", clinic).param("clinic", clinic).update();
        return clinic;
    }

    UUID patient(String email) {
        return accounts.createVerifiedPatient(
                email, PASSWORD, new PatientDetails("Grace", "Hopper", LocalDate.of(1980, 1, 2), "02139", null));
    }

    UUID appointment(UUID clinic, UUID patient) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into appointment (id, clinic_id, patient_id, practitioner_id, service, period, zone_id,
                            pre_minutes, main_minutes, post_minutes, created_at, updated_at)
                        values (:id, :clinic, :patient, :clinic, 'IV_INFUSION',
                                tstzrange(now() - interval '3 hours', now() + interval '1 hour'),
                                'America/New_York', 10, 45, 30, now(), now())
                        """)
                .param("id", id)
                .param("clinic", clinic)
                .param("patient", patient)
                .update();
        return id;
    }

    String staffToken(Role role, UUID... clinics) {
        String email = email("staff");
        UUID id = accounts.create(email, PASSWORD, role, Set.of(clinics));
        mfa.enrolWithSecret(id, SECRET);
        try {
            String otp = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6)
                    .generate(SECRET, Instant.now().getEpochSecond() / 30);
            return token("{\"email\":\"%s\",\"password\":\"%s\",\"otp\":\"%s\"}".formatted(email, PASSWORD, otp));
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    String patientToken(String email) {
        return token("{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, PASSWORD));
    }

    private String token(String body) {
        HttpResponse<String> response = http.post("/api/v1/auth/token", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).get("accessToken").asString();
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    static String[] bearer(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }
}
