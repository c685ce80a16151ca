package org.ketapath.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketapath.identity.domain.Mfa;
import org.ketapath.identity.domain.StaffAccounts;
import org.ketapath.scheduling.MutableClock;
import org.ketapath.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Forgot your password?" end to end through the development mailbox: the mailed link sets a new password once,
 * ends every session and token, expires after 30 minutes; asking never tells whether an address has an account.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PasswordResetTests.Clock.class)
class PasswordResetTests {

    static final String SUBJECT = "Reset your KetaPath password";
    static final String NEW_PASSWORD = "a-brand-new-passphrase-7";

    @TestConfiguration(proxyBeanMethods = false)
    static class Clock {
        @Bean
        MutableClock resetClock() {
            return new MutableClock(Instant.now());
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts staff;

    @Autowired
    Mfa mfa;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    Http http;
    IdentityFixtures fixtures;
    Mailbox mailbox;

    @BeforeEach
    void setUp() {
        // Each test starts in a fresh throttle window.
        clock.advance(Duration.ofHours(2));
        http = new Http(port);
        fixtures = new IdentityFixtures(http, staff, mfa, jdbc);
        mailbox = new Mailbox(http);
    }

    HttpResponse<String> ask(String email) {
        return http.post("/api/v1/auth/password-reset", "{\"email\":\"" + email + "\"}");
    }

    @Test
    void the_mailed_link_sets_a_new_password_once_and_ends_every_session_and_token() {
        String email = IdentityFixtures.uniqueEmail("reset");
        fixtures.verifiedPatient(email);
        String apiToken = fixtures.token(email, false);
        FormClient browser = new FormClient(port);
        browser.get("/sign-in");
        assertThat(browser.post("/sign-in", "email", email, "password", IdentityFixtures.PASSWORD)
                        .statusCode())
                .isEqualTo(302);
        assertThat(browser.get("/account").statusCode()).isEqualTo(200);

        // The sign-in page leads to the request form.
        Document signIn = Jsoup.parse(http.get("/sign-in").body());
        assertThat(signIn.select("a:containsOwn(Forgot your password?)").attr("href"))
                .isEqualTo("/password-reset");
        FormClient other = new FormClient(port);
        other.get("/password-reset");
        Document sent =
                Jsoup.parse(other.post("/password-reset", "email", email).body());
        assertThat(sent.select("h1").text()).isEqualTo("Check your e-mail");

        String link = mailbox.link(email, SUBJECT, "/password-reset/confirm");
        Document form = Jsoup.parse(other.get(link).body());
        assertThat(form.select("h1").text()).isEqualTo("Choose a new password");
        String token = form.select("input[name=token]").val();

        // A password against the rules is refused beside its field, and the link still works.
        HttpResponse<String> weak = other.post("/password-reset/confirm", "token", token, "password", "short");
        assertThat(weak.statusCode()).isEqualTo(400);
        Document refused = Jsoup.parse(weak.body());
        assertThat(refused.select("#password").attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.select("#password-error").text()).contains("at least 12 characters");

        HttpResponse<String> done = other.post("/password-reset/confirm", "token", token, "password", NEW_PASSWORD);
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(done.body()).select("h1").text()).isEqualTo("Your password is changed");

        // Every session and token of the account ended.
        assertThat(http.get("/api/v1/patients/me", "Authorization", "Bearer " + apiToken)
                        .statusCode())
                .isEqualTo(401);
        assertThat(browser.get("/account").statusCode()).isEqualTo(302);
        // The new password signs in, the old one does not.
        assertThat(http.post(
                                "/api/v1/auth/token",
                                "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, NEW_PASSWORD))
                        .statusCode())
                .isEqualTo(200);
        assertThat(http.post(
                                "/api/v1/auth/token",
                                "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, IdentityFixtures.PASSWORD))
                        .statusCode())
                .isEqualTo(401);
        assertThat(mailbox.messages(email, "Your KetaPath password was changed"))
                .hasSize(1);

        // The link was single-use.
        Document reused = Jsoup.parse(other.get(link).body());
        assertThat(reused.select("h1").text()).isEqualTo("This link no longer works");
        HttpResponse<String> again = http.post(
                "/api/v1/auth/password-reset/confirm",
                "{\"token\":\"%s\",\"password\":\"yet-another-passphrase-8\"}".formatted(token));
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("\"field\":\"token\"");
    }

    @Test
    void a_link_expires_after_30_minutes() {
        String email = IdentityFixtures.uniqueEmail("expired");
        fixtures.verifiedPatient(email);
        assertThat(ask(email).statusCode()).isEqualTo(202);
        String link = mailbox.link(email, SUBJECT, "/password-reset/confirm");
        String token = link.substring(link.indexOf("token=") + 6);

        clock.advance(Duration.ofMinutes(31));

        assertThat(Jsoup.parse(http.get(link).body()).select("h1").text()).isEqualTo("This link no longer works");
        HttpResponse<String> late = http.post(
                "/api/v1/auth/password-reset/confirm",
                "{\"token\":\"%s\",\"password\":\"%s\"}".formatted(token, NEW_PASSWORD));
        assertThat(late.statusCode()).isEqualTo(400);
        assertThat(late.body()).contains("\"field\":\"token\"");
        assertThat(http.post(
                                "/api/v1/auth/token",
                                "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, IdentityFixtures.PASSWORD))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void an_unknown_address_gets_the_same_202_and_no_mail_and_the_link_is_stored_only_hashed() {
        String unknown = IdentityFixtures.uniqueEmail("nobody");
        String known = IdentityFixtures.uniqueEmail("known");
        fixtures.verifiedPatient(known);

        HttpResponse<String> forUnknown = ask(unknown);
        HttpResponse<String> forKnown = ask(known);

        assertThat(forUnknown.statusCode()).isEqualTo(202);
        assertThat(forKnown.statusCode()).isEqualTo(202);
        assertThat(forUnknown.body()).isEqualTo(forKnown.body());
        assertThat(mailbox.messages(unknown, SUBJECT)).isEmpty();
        String link = mailbox.link(known, SUBJECT, "/password-reset/confirm");
        String token = link.substring(link.indexOf("token=") + 6);
        assertThat(jdbc.sql("select count(*) from password_reset where encode(token_hash, 'escape') like :t")
                        .param("t", "%" + token + "%")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from password_reset where token_hash = sha256(convert_to(:t, 'UTF8'))")
                        .param("t", token)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // Both requests wrote a row: the unknown address's is a decoy that can never be used.
        assertThat(jdbc.sql("select count(*) from password_reset where account_id is null")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void requests_are_throttled_quietly_per_address_and_with_429_per_client() {
        String email = IdentityFixtures.uniqueEmail("many");
        fixtures.verifiedPatient(email);
        for (int i = 0; i < 5; i++) {
            assertThat(ask(email).statusCode()).isEqualTo(202);
        }
        assertThat(mailbox.messages(email, SUBJECT)).hasSize(3);

        int answered = 5;
        HttpResponse<String> last = null;
        while (answered < 25) {
            last = ask(IdentityFixtures.uniqueEmail("spray"));
            answered++;
            if (last.statusCode() == 429) {
                break;
            }
        }
        assertThat(last).isNotNull();
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(answered).isEqualTo(21);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();

        clock.advance(Duration.ofMinutes(61));
        assertThat(ask(IdentityFixtures.uniqueEmail("later")).statusCode()).isEqualTo(202);
    }

    @Test
    void a_request_without_an_address_is_a_400_naming_email() {
        HttpResponse<String> response = http.post("/api/v1/auth/password-reset", "{}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"email\"");
    }
}
