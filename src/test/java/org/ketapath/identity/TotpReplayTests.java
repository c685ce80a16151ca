package org.ketapath.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketapath.identity.domain.Account;
import org.ketapath.identity.domain.Identities;
import org.ketapath.identity.domain.Mfa;
import org.ketapath.identity.domain.StaffAccounts;
import org.ketapath.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A TOTP code is taken once (RFC 6238, section 5.2): not again within its window, nor an older one after it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TotpReplayTests {

    static final UUID CLINIC = UUID.fromString("c0000000-0000-4000-8000-00000000007a");

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts staff;

    @Autowired
    Mfa mfa;

    @Autowired
    Identities identities;

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

    Http http;
    IdentityFixtures fixtures;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        fixtures = new IdentityFixtures(http, staff, mfa, jdbc);
    }

    @Test
    void a_code_that_issued_a_token_does_not_issue_a_second_one() {
        String email = IdentityFixtures.uniqueEmail("replay-api");
        fixtures.staff(email, Role.CLINICIAN, CLINIC);
        String code = IdentityFixtures.totp(IdentityFixtures.secretOf(email));
        String body = "{\"email\":\"%s\",\"password\":\"%s\",\"otp\":\"%s\"}"
                .formatted(email, IdentityFixtures.PASSWORD, code);

        assertThat(http.post("/api/v1/auth/token", body).statusCode()).isEqualTo(200);
        HttpResponse<String> replayed = http.post("/api/v1/auth/token", body);

        assertThat(replayed.statusCode()).isEqualTo(401);
        assertThat(replayed.body()).doesNotContain("accessToken");
    }

    @Test
    void a_code_that_signed_in_one_browser_does_not_sign_in_another() {
        String email = IdentityFixtures.uniqueEmail("replay-web");
        fixtures.staff(email, Role.CLINICIAN, CLINIC);
        String code = IdentityFixtures.totp(IdentityFixtures.secretOf(email));

        assertThat(signInWith(email, code).statusCode()).isEqualTo(302);
        HttpResponse<String> replayed = signInWith(email, code);

        assertThat(replayed.statusCode()).isEqualTo(401);
        assertThat(replayed.body()).contains("That code is not correct");
    }

    @Test
    void after_a_code_is_taken_no_code_of_the_same_or_an_earlier_step_is() {
        String email = IdentityFixtures.uniqueEmail("replay-steps");
        UUID id = fixtures.staff(email, Role.CLINICIAN, CLINIC);
        String secret = IdentityFixtures.secretOf(email);
        long now = Instant.now().getEpochSecond() / 30;
        Account account = identities.account(id).orElseThrow();

        assertThat(mfa.verify(account, IdentityFixtures.code(secret, now + 1))).isTrue();
        assertThat(mfa.verify(account, IdentityFixtures.code(secret, now))).isFalse();
        assertThat(mfa.verify(account, IdentityFixtures.code(secret, now + 1))).isFalse();
        assertThat(mfa.verify(account, IdentityFixtures.code(secret, now + 3)))
                .as("a code outside the allowed drift")
                .isFalse();
    }

    @Test
    void the_same_code_sent_at_once_by_several_requests_is_taken_by_exactly_one() throws Exception {
        String email = IdentityFixtures.uniqueEmail("replay-race");
        UUID id = fixtures.staff(email, Role.CLINICIAN, CLINIC);
        Account account = identities.account(id).orElseThrow();
        String code = IdentityFixtures.totp(IdentityFixtures.secretOf(email));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            attempts.add(() -> mfa.verify(account, code));
        }
        int accepted = 0;
        try {
            for (Future<Boolean> result : pool.invokeAll(attempts)) {
                accepted += result.get() ? 1 : 0;
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(accepted).isEqualTo(1);
    }

    private HttpResponse<String> signInWith(String email, String code) {
        FormClient web = new FormClient(port);
        web.get("/sign-in");
        web.post("/sign-in", "email", email, "password", IdentityFixtures.PASSWORD);
        web.get("/sign-in/otp");
        return web.post("/sign-in/otp", "code", code);
    }
}
