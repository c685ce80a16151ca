package org.ketapath.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketapath.identity.domain.Mfa;
import org.ketapath.identity.domain.StaffAccounts;
import org.ketapath.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Patient sign-up, e-mail verification, bearer tokens and their revocation, through the API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PatientAccountApiTests {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts staff;

    @Autowired
    Mfa mfa;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdentityApi identity;

    Http http;
    IdentityFixtures fixtures;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        fixtures = new IdentityFixtures(http, staff, mfa, jdbc);
    }

    @Test
    void registration_answers_201_with_the_id_and_stores_an_argon2id_hash() {
        String email = IdentityFixtures.uniqueEmail("new");
        UUID id = fixtures.registerPatient(email);

        String hash = jdbc.sql("select password_hash from account where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(identity.isEmailVerified(id)).isFalse();
    }

    @Test
    void an_address_that_has_an_account_gets_the_same_answer_as_a_new_one_and_its_owner_is_mailed() {
        String email = IdentityFixtures.uniqueEmail("dup");
        UUID owner = fixtures.registerPatient(email);
        String newcomer = IdentityFixtures.uniqueEmail("new");

        HttpResponse<String> again = http.post(
                "/api/v1/patients", IdentityFixtures.signUpJson(email.toUpperCase(), "another-long-passphrase"));
        HttpResponse<String> fresh =
                http.post("/api/v1/patients", IdentityFixtures.signUpJson(newcomer, "another-long-passphrase"));

        assertThat(again.statusCode()).isEqualTo(fresh.statusCode()).isEqualTo(201);
        assertThat(again.headers().firstValue("Content-Type"))
                .isEqualTo(fresh.headers().firstValue("Content-Type"));
        assertThat(again.headers().firstValue("Location"))
                .isEqualTo(fresh.headers().firstValue("Location"));
        assertThat(again.body().replaceAll("[0-9a-f-]{36}", "ID"))
                .isEqualTo(fresh.body().replaceAll("[0-9a-f-]{36}", "ID"));
        assertThat(again.body()).doesNotContain(owner.toString());
        assertThat(jdbc.sql("select count(*) from account where email_normalized = lower(:e)")
                        .param("e", email)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select password_hash from account where id = :id")
                        .param("id", owner)
                        .query(String.class)
                        .single())
                .as("the owner's password is unchanged")
                .satisfies(hash -> assertThat(
                                new org.ketapath.identity.domain.Passwords().matches(IdentityFixtures.PASSWORD, hash))
                        .isTrue());
        List<String> mails = jdbc.sql("select subject from outbox_email where recipient = :to order by created_at")
                .param("to", email)
                .query(String.class)
                .list();
        assertThat(mails)
                .containsExactly("Confirm your e-mail address for KetaPath", "You already have a KetaPath account");
    }

    @Test
    void every_invalid_field_is_named_without_echoing_its_value() {
        HttpResponse<String> response = http.post("/api/v1/patients", """
                {"email":"not-an-address","password":"short","givenName":"","familyName":"X",
                 "birthDate":"2999-01-01","zip":"1234x","phone":"call me"}
                """);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        for (String field : new String[] {"email", "password", "givenName", "birthDate", "zip", "phone"}) {
            assertThat(response.body()).contains("\"field\":\"" + field + "\"");
        }
        assertThat(response.body()).doesNotContain("not-an-address").doesNotContain("call me");
    }

    @Test
    void bad_date_format_and_common_password_are_400() {
        HttpResponse<String> date = http.post("/api/v1/patients", """
                {"email":"a@example.test","password":"correct-horse-battery-9","givenName":"A","familyName":"B",
                 "birthDate":"10/12/1985","zip":"10001"}
                """);
        assertThat(date.statusCode()).isEqualTo(400);
        assertThat(date.body()).contains("\"field\":\"birthDate\"");

        HttpResponse<String> common = http.post(
                "/api/v1/patients", IdentityFixtures.signUpJson(IdentityFixtures.uniqueEmail("c"), "qwertyuiopasdfgh"));
        assertThat(common.statusCode()).isEqualTo(400);
        assertThat(common.body()).contains("\"field\":\"password\"").contains("common");
    }

    @Test
    void mailed_link_verifies_the_email_once() {
        String email = IdentityFixtures.uniqueEmail("verify");
        UUID id = fixtures.registerPatient(email);
        String token = fixtures.verificationToken(email);

        assertThat(http.post("/api/v1/email-verification", "{\"token\":\"" + token + "\"}")
                        .statusCode())
                .isEqualTo(204);
        assertThat(identity.isEmailVerified(id)).isTrue();
        assertThat(http.post("/api/v1/email-verification", "{\"token\":\"" + token + "\"}")
                        .statusCode())
                .isEqualTo(400);
        String stored = jdbc.sql("select encode(token_hash, 'hex') from email_verification where account_id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        assertThat(stored).doesNotContain(token);
    }

    @Test
    void token_authenticates_api_calls_until_revoked() {
        String email = IdentityFixtures.uniqueEmail("token");
        UUID id = fixtures.registerPatient(email);
        HttpResponse<String> issued = http.post(
                "/api/v1/auth/token",
                "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, IdentityFixtures.PASSWORD));
        assertThat(issued.statusCode()).isEqualTo(200);
        assertThat(issued.body()).contains("\"tokenType\":\"Bearer\"").contains("\"expiresIn\":3600");
        String token = fixtures.token(email, false);

        HttpResponse<String> me = http.get("/api/v1/me", "Authorization", "Bearer " + token);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains(id.toString()).contains("\"role\":\"PATIENT\"");

        assertThat(http.post("/api/v1/auth/revoke", "", "Authorization", "Bearer " + token)
                        .statusCode())
                .isEqualTo(204);
        assertThat(http.get("/api/v1/me", "Authorization", "Bearer " + token).statusCode())
                .isEqualTo(401);
    }

    @Test
    void wrong_password_and_unknown_account_get_the_same_answer() {
        String email = IdentityFixtures.uniqueEmail("same");
        fixtures.registerPatient(email);

        HttpResponse<String> wrong = http.post(
                "/api/v1/auth/token", "{\"email\":\"%s\",\"password\":\"not-the-password-1\"}".formatted(email));
        HttpResponse<String> unknown = http.post(
                "/api/v1/auth/token",
                "{\"email\":\"%s\",\"password\":\"not-the-password-1\"}".formatted(IdentityFixtures.uniqueEmail("x")));

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).isEqualTo(unknown.body());
    }

    @Test
    void invented_or_malformed_tokens_are_401() {
        assertThat(http.get("/api/v1/me", "Authorization", "Bearer not-a-token").statusCode())
                .isEqualTo(401);
        assertThat(http.get("/api/v1/me").statusCode()).isEqualTo(401);
        assertThat(http.get("/api/v1/me").headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    }
}
