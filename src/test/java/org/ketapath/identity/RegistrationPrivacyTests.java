package org.ketapath.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketapath.identity.domain.Mfa;
import org.ketapath.identity.domain.StaffAccounts;
import org.ketapath.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Signing up on the page with an address that already has an account looks exactly like signing up with a new
 * one (on a ketamine-therapy site, having an account is itself sensitive); the owner gets an e-mail instead.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistrationPrivacyTests {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts staff;

    @Autowired
    Mfa mfa;

    @Autowired
    JdbcClient jdbc;

    IdentityFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new IdentityFixtures(new Http(port), staff, mfa, jdbc);
    }

    @Test
    void the_page_answers_the_same_for_a_taken_and_a_new_address_and_mails_the_owner() {
        String taken = IdentityFixtures.uniqueEmail("taken");
        fixtures.verifiedPatient(taken);
        String fresh = IdentityFixtures.uniqueEmail("fresh");
        String next = "/appointments";

        List<String> takenAnswer = signUp(taken, next);
        List<String> freshAnswer = signUp(fresh, next);

        assertThat(takenAnswer).isEqualTo(freshAnswer);
        assertThat(subjects(taken)).containsExactly("You already have a KetaPath account");
        assertThat(body(taken))
                .contains("/sign-in?next=/appointments")
                .doesNotContain("verify-email")
                .doesNotContain("Ada");
        assertThat(subjects(fresh)).containsExactly("Confirm your e-mail address for KetaPath");
    }

    @Test
    void without_a_next_page_both_land_on_the_same_check_your_e_mail_page() {
        String taken = IdentityFixtures.uniqueEmail("taken-plain");
        fixtures.verifiedPatient(taken);

        List<String> takenAnswer = signUp(taken, null);
        List<String> freshAnswer = signUp(IdentityFixtures.uniqueEmail("fresh-plain"), null);

        assertThat(takenAnswer).isEqualTo(freshAnswer);
        assertThat(takenAnswer.get(1)).endsWith("/register/check-email");
        assertThat(takenAnswer.get(2)).contains("Check your e-mail");
    }

    /** Status and target of the sign-up, then the text of the page it leads to, as a fresh browser sees them. */
    private List<String> signUp(String email, String next) {
        FormClient web = new FormClient(port);
        web.get("/register");
        String[] fields = {
            "email", email,
            "password", "a-long-and-unusual-passphrase",
            "givenName", "Ada",
            "familyName", "Lovelace",
            "birthDate", "1985-12-10",
            "zip", "19107",
            "next", next == null ? "" : next
        };
        HttpResponse<String> answer = web.post("/register", fields);
        String location = answer.headers().firstValue("Location").orElse("");
        HttpResponse<String> landing = web.get(location.replaceFirst("^https?://[^/]+", ""));
        String landed = landing.statusCode() + " "
                + landing.headers().firstValue("Location").orElse("") + " "
                + Jsoup.parse(landing.body()).select("main").text();
        return List.of(Integer.toString(answer.statusCode()), location, landed);
    }

    private List<String> subjects(String email) {
        return jdbc.sql("select subject from outbox_email where recipient = :to order by created_at")
                .param("to", email)
                .query(String.class)
                .list();
    }

    private String body(String email) {
        return jdbc.sql("select body from outbox_email where recipient = :to order by created_at desc limit 1")
                .param("to", email)
                .query(String.class)
                .single();
    }
}
