package org.ketapath.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketapath.identity.domain.Mfa;
import org.ketapath.identity.domain.StaffAccounts;
import org.ketapath.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Failed sign-ins are throttled per account and per client address with exponential back-off: 429 and
 * Retry-After, counted in PostgreSQL so every node agrees.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_EACH_TEST_METHOD)
class SignInThrottlingTests {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts staff;

    @Autowired
    Mfa mfa;

    @Autowired
    JdbcClient jdbc;

    Http http;
    IdentityFixtures fixtures;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        fixtures = new IdentityFixtures(http, staff, mfa, jdbc);
    }

    private HttpResponse<String> attempt(String email, String password) {
        return http.post("/api/v1/auth/token", "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, password));
    }

    @Test
    void fifth_failure_for_an_account_blocks_it_with_429_and_retry_after_then_doubles() {
        String email = IdentityFixtures.uniqueEmail("throttled");
        fixtures.verifiedPatient(email);
        for (int i = 0; i < 5; i++) {
            assertThat(attempt(email, "wrong-password-" + i).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> blocked = attempt(email, IdentityFixtures.PASSWORD);

        assertThat(blocked.statusCode()).as("even the right password waits").isEqualTo(429);
        assertThat(blocked.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        long retryAfter =
                Long.parseLong(blocked.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 30L);

        jdbc.sql("update sign_in_throttle set blocked_until = now() - interval '1 second'")
                .update();
        assertThat(attempt(email, "wrong-password-again").statusCode()).isEqualTo(401);
        long doubled = Long.parseLong(attempt(email, "x-password-x")
                .headers()
                .firstValue("Retry-After")
                .orElseThrow());
        assertThat(doubled).isBetween(31L, 60L);
    }

    @Test
    void unknown_accounts_are_throttled_alike_so_the_throttle_reveals_nothing() {
        String email = IdentityFixtures.uniqueEmail("ghost");
        for (int i = 0; i < 5; i++) {
            assertThat(attempt(email, "wrong-password-" + i).statusCode()).isEqualTo(401);
        }
        assertThat(attempt(email, "wrong-password-5").statusCode()).isEqualTo(429);
    }

    @Test
    void one_address_failing_for_many_accounts_is_throttled_too() {
        for (int i = 0; i < 20; i++) {
            assertThat(attempt(IdentityFixtures.uniqueEmail("spray" + i), "wrong-password-1")
                            .statusCode())
                    .isEqualTo(401);
        }
        String email = IdentityFixtures.uniqueEmail("innocent");
        fixtures.verifiedPatient(email);

        HttpResponse<String> blocked = attempt(email, IdentityFixtures.PASSWORD);

        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void the_sign_in_page_is_throttled_as_well() {
        String email = IdentityFixtures.uniqueEmail("pagethrottle");
        FormClient web = new FormClient(port);
        for (int i = 0; i < 5; i++) {
            web.get("/sign-in");
            assertThat(web.post("/sign-in", "email", email, "password", "wrong-password-" + i)
                            .statusCode())
                    .isEqualTo(401);
        }
        web.get("/sign-in");
        HttpResponse<String> blocked = web.post("/sign-in", "email", email, "password", "wrong-password-x");

        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.headers().firstValue("Retry-After")).isPresent();
        assertThat(blocked.body()).contains("Too many failed attempts");
    }
}
