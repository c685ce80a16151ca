package org.ketapath.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketapath.identity.domain.InputRejected;
import org.ketapath.identity.domain.Mfa;
import org.ketapath.identity.domain.Registration;
import org.ketapath.identity.domain.SignIn;
import org.ketapath.identity.domain.StaffAccounts;
import org.ketapath.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A password with an unpaired surrogate (only JSON can carry one) or a control character is never a 500: not at
 * sign-in, sign-up or account closure, through the API or the pages, nor in the services behind them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrokenTextCredentialsTests {

    static final String BROKEN_JSON = "x\\ud800y-long-enough-password";

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts staff;

    @Autowired
    Mfa mfa;

    @Autowired
    JdbcClient jdbc;

    /**
     * This class signs in wrongly on purpose from the loopback address that every test in the shared application
     * context uses; the address-wide back-off it builds up is cleared afterwards so that later classes in that
     * context start as they would on a fresh database (the per-account rows stay).
     */
    @org.junit.jupiter.api.AfterEach
    void clearTheAddressBackOff() {
        jdbc.sql("delete from sign_in_throttle where throttle_key like 'ip:%'").update();
    }

    @Autowired
    SignIn signIn;

    @Autowired
    Registration registration;

    Http http;
    IdentityFixtures fixtures;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        fixtures = new IdentityFixtures(http, staff, mfa, jdbc);
    }

    @Test
    void the_api_answers_400_naming_the_password_at_sign_in_sign_up_and_closure() {
        String email = IdentityFixtures.uniqueEmail("surrogate");
        fixtures.verifiedPatient(email);
        String token = fixtures.token(email, false);

        HttpResponse<String> signedIn =
                http.post("/api/v1/auth/token", "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, BROKEN_JSON));
        HttpResponse<String> signedUp = http.post(
                "/api/v1/patients", IdentityFixtures.signUpJson(IdentityFixtures.uniqueEmail("s"), BROKEN_JSON));
        HttpResponse<String> closed = http.post(
                "/api/v1/patients/me/close",
                "{\"password\":\"%s\"}".formatted(BROKEN_JSON),
                "Authorization",
                "Bearer " + token);

        for (HttpResponse<String> response : new HttpResponse[] {signedIn, signedUp, closed}) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(response.body()).contains("\"field\":\"password\"");
        }
        assertThat(http.get("/api/v1/patients/me", "Authorization", "Bearer " + token)
                        .statusCode())
                .as("the account is still open")
                .isEqualTo(200);
    }

    @Test
    void the_pages_answer_400_for_a_password_with_a_control_character_or_broken_utf8() {
        FormClient web = new FormClient(port);
        web.get("/sign-in");
        HttpResponse<String> nul = web.post("/sign-in", "email", "a@example.test", "password", "pass\u0000word");
        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(nul.body()).contains("password");

        byte[] brokenUtf8 = "email=a%40example.test&password=x%ED%A0%80y".getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> broken = http.raw(
                "POST", "/sign-in", brokenUtf8, "Content-Type: application/x-www-form-urlencoded", "Accept: text/html");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).contains("That request did not work");
    }

    @Test
    void the_services_treat_such_a_password_as_wrong_or_unusable() {
        String email = IdentityFixtures.uniqueEmail("surrogate-service");
        fixtures.verifiedPatient(email);

        assertThat(signIn.password(email, "x\ud800y", "192.0.2.1")).isInstanceOf(SignIn.Rejected.class);

        InputRejected rejected = catchThrowableOfType(
                InputRejected.class,
                () -> registration.registerPatient(new Registration.SignUp(
                        IdentityFixtures.uniqueEmail("s"),
                        "long-enough-\ud800-password",
                        "Ada",
                        "Lovelace",
                        "1985-12-10",
                        "10001",
                        null,
                        null)));
        assertThat(rejected.problems()).anySatisfy(p -> assertThat(p.field()).isEqualTo("password"));
    }
}
