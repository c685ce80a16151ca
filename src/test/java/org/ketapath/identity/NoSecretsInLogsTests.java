package org.ketapath.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ketapath.identity.domain.Mfa;
import org.ketapath.identity.domain.StaffAccounts;
import org.ketapath.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Recognisable fake PHI, a password and the tokens go through sign-up (API and page), verification, sign-in
 * (page and token, right and wrong), consent, export, the access report and account closure, with debug logging
 * on for KetaPath and Spring Security; none of them may appear in the console output or in the log file.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.org.ketapath=DEBUG", "logging.level.org.springframework.security=DEBUG"})
@ExtendWith(OutputCaptureExtension.class)
class NoSecretsInLogsTests {

    static final String NAME = "Zebediah-Canary";
    static final String FAMILY = "Quuxington-Canary";
    static final String PASSWORD = "canary-Passw0rd-XYZ";
    // A valid number (area code 215): phone numbers are checked with libphonenumber; 555 is no US area code.
    static final String PHONE = "+1 215 867 5309";
    static final String PHONE_E164 = "+12158675309";
    static final String BIRTH = "1961-07-04";

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts staff;

    @Autowired
    Mfa mfa;

    @Autowired
    JdbcClient jdbc;

    @Test
    void no_phi_password_or_token_is_logged(CapturedOutput output) throws IOException {
        Http http = new Http(port);
        IdentityFixtures fixtures = new IdentityFixtures(http, staff, mfa, jdbc);
        String email = "canary-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        String json = """
                {"email":"%s","password":"%s","givenName":"%s","familyName":"%s","birthDate":"%s","zip":"90210",
                 "phone":"%s"}
                """.formatted(email, PASSWORD, NAME, FAMILY, BIRTH, PHONE);
        assertThat(http.post("/api/v1/patients", json).statusCode()).isEqualTo(201);
        assertThat(http.post("/api/v1/patients", json).statusCode())
                .as("an address with an account gets the same answer")
                .isEqualTo(201);
        String verification = fixtures.verificationToken(email);
        assertThat(http.post("/api/v1/email-verification", "{\"token\":\"" + verification + "\"}")
                        .statusCode())
                .isEqualTo(204);
        http.post("/api/v1/auth/token", "{\"email\":\"%s\",\"password\":\"%s-wrong\"}".formatted(email, PASSWORD));
        HttpResponse<String> issued =
                http.post("/api/v1/auth/token", "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, PASSWORD));
        String token = issued.body().replaceAll(".*\"accessToken\":\"([^\"]+)\".*", "$1");
        String auth = "Bearer " + token;
        http.get("/api/v1/patients/me", "Authorization", auth);
        http.post(
                "/api/v1/patients/me/consents",
                "{\"clinicId\":\"c0000000-0000-4000-8000-000000000001\",\"scope\":\"DIARY\"}",
                "Authorization",
                auth);
        assertThat(http.get("/api/v1/patients/me/export", "Authorization", auth).body())
                .contains(NAME);
        http.get("/api/v1/patients/me/access-report", "Authorization", auth);

        FormClient web = new FormClient(port);
        web.get("/register");
        String pageEmail = "canary-page-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        web.post(
                "/register",
                "email",
                pageEmail,
                "password",
                PASSWORD,
                "givenName",
                NAME,
                "familyName",
                FAMILY,
                "birthDate",
                BIRTH,
                "zip",
                "90210",
                "phone",
                PHONE);
        web.post("/sign-out");
        web.get("/sign-in");
        web.post("/sign-in", "email", pageEmail, "password", PASSWORD + "-wrong");
        web.get("/sign-in");
        web.post("/sign-in", "email", pageEmail, "password", PASSWORD);
        assertThat(web.get("/account").body()).contains(NAME);
        web.get("/account/export");

        http.post("/api/v1/patients/me/close", "{\"password\":\"" + PASSWORD + "\"}", "Authorization", auth);
        http.get("/api/v1/patients/me", "Authorization", auth);

        List<String> secrets =
                List.of(NAME, FAMILY, PASSWORD, PHONE, PHONE_E164, BIRTH, email, pageEmail, token, verification);
        String logFile = Files.readString(Path.of("target/test-logs/ketapath.log"));
        for (String secret : secrets) {
            assertThat(output.getAll()).as("console output").doesNotContain(secret);
            assertThat(logFile).as("log file").doesNotContain(secret);
        }
        assertThat(output.getAll()).as("debug logging was really on").contains("DEBUG");
    }
}
