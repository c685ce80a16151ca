package org.ketapath.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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

/** Pages: sign-up, form sign-in with a server-side session, CSRF, staff second factor, sign-out. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebSignInTests {

    static final UUID CLINIC = UUID.fromString("c0000000-0000-4000-8000-00000000000a");

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts staff;

    @Autowired
    Mfa mfa;

    @Autowired
    JdbcClient jdbc;

    IdentityFixtures fixtures;
    FormClient web;

    @BeforeEach
    void setUp() {
        fixtures = new IdentityFixtures(new Http(port), staff, mfa, jdbc);
        org.ketapath.support.DirectoryRows.clinics(jdbc, CLINIC);
        web = new FormClient(port);
    }

    @Test
    void account_page_asks_anonymous_visitors_to_sign_in() {
        HttpResponse<String> response = web.get("/account");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(v -> assertThat(v).endsWith("/sign-in"));
    }

    @Test
    void form_post_without_csrf_token_is_refused() {
        web.get("/sign-in");
        HttpResponse<String> response =
                web.postWithoutCsrf("/sign-in", "email", "a@example.test", "password", "whatever-password");

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void patient_signs_up_on_the_page_and_the_link_opened_in_this_browser_signs_in_with_a_new_session() {
        web.get("/register");
        String email = IdentityFixtures.uniqueEmail("page");

        HttpResponse<String> created = web.post(
                "/register",
                "email",
                email,
                "password",
                IdentityFixtures.PASSWORD,
                "givenName",
                "Ada",
                "familyName",
                "Lovelace",
                "birthDate",
                "1985-12-10",
                "zip",
                "10001",
                "phone",
                "");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location"))
                .hasValueSatisfying(v -> assertThat(v).endsWith("/register/check-email"));
        assertThat(web.get("/register/check-email").body()).contains("Check your e-mail");
        assertThat(web.get("/account").statusCode())
                .as("not signed in before the link")
                .isEqualTo(302);
        String before = web.sessionId().orElse("");

        String token = fixtures.verificationToken(email);
        web.get("/verify-email?token=" + token);
        HttpResponse<String> confirmed = web.post("/verify-email", "token", token);

        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(confirmed.body()).contains("E-mail address confirmed").contains("Go to my account");
        assertThat(web.sessionId()).isPresent().get().isNotEqualTo(before);
        HttpResponse<String> account = web.get("/account");
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body())
                .contains("My account")
                .doesNotContain("Please confirm your e-mail address")
                .contains("Sign out");
    }

    @Test
    void the_link_opened_in_another_browser_confirms_the_address_and_asks_to_sign_in() {
        web.get("/register");
        String email = IdentityFixtures.uniqueEmail("elsewhere");
        web.post(
                "/register",
                "email",
                email,
                "password",
                IdentityFixtures.PASSWORD,
                "givenName",
                "Ada",
                "familyName",
                "Lovelace",
                "birthDate",
                "1985-12-10",
                "zip",
                "10001");
        FormClient phone = new FormClient(port);
        String token = fixtures.verificationToken(email);
        phone.get("/verify-email?token=" + token);

        HttpResponse<String> confirmed = phone.post("/verify-email", "token", token);

        assertThat(confirmed.body()).contains("E-mail address confirmed").contains("Sign in with your e-mail");
        assertThat(phone.get("/account").statusCode()).isEqualTo(302);
    }

    @Test
    void invalid_sign_up_shows_each_problem_and_keeps_what_was_typed_except_the_password() {
        web.get("/register");
        HttpResponse<String> response = web.post(
                "/register",
                "email",
                "nope",
                "password",
                "short",
                "givenName",
                "Ada",
                "familyName",
                "",
                "birthDate",
                "",
                "zip",
                "1",
                "phone",
                "");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains("Please check the form")
                .contains("Family name is required")
                .contains("ZIP code must be 5 digits")
                .contains("value=\"Ada\"")
                .doesNotContain("value=\"short\"");
    }

    @Test
    void session_cookie_is_http_only_and_same_site_lax_and_renewed_at_sign_in() {
        String email = IdentityFixtures.uniqueEmail("cookie");
        fixtures.verifiedPatient(email);
        HttpResponse<String> page = web.get("/sign-in");
        String before = web.sessionId().orElse("");
        String setCookie = page.headers().allValues("Set-Cookie").stream()
                .filter(v -> v.startsWith("KETAPATH_SESSION="))
                .findFirst()
                .orElseThrow();
        assertThat(setCookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");

        HttpResponse<String> signedIn = web.post("/sign-in", "email", email, "password", IdentityFixtures.PASSWORD);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(v -> assertThat(v).endsWith("/account"));
        assertThat(web.sessionId()).isPresent().get().isNotEqualTo(before);
        assertThat(web.get("/account").body()).contains("Grace Hopper");
    }

    @Test
    void wrong_password_on_the_page_says_nothing_about_the_account() {
        String email = IdentityFixtures.uniqueEmail("wrong");
        fixtures.verifiedPatient(email);
        web.get("/sign-in");

        HttpResponse<String> wrong = web.post("/sign-in", "email", email, "password", "not-the-password-9");
        web.get("/sign-in");
        HttpResponse<String> unknown =
                web.post("/sign-in", "email", IdentityFixtures.uniqueEmail("none"), "password", "not-the-password-9");

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("The e-mail address or password is not correct.");
        assertThat(unknown.body()).contains("The e-mail address or password is not correct.");
    }

    @Test
    void sign_out_is_a_post_that_ends_the_session() {
        String email = IdentityFixtures.uniqueEmail("out");
        fixtures.verifiedPatient(email);
        web.get("/sign-in");
        web.post("/sign-in", "email", email, "password", IdentityFixtures.PASSWORD);
        HttpResponse<String> account = web.get("/account");
        assertThat(account.body()).contains("action=\"/sign-out\"");

        HttpResponse<String> out = web.post("/sign-out");

        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(web.get("/account").statusCode()).isEqualTo(302);
    }

    @Test
    void staff_need_a_totp_code_after_the_password() {
        String email = IdentityFixtures.uniqueEmail("clinician");
        fixtures.staff(email, Role.CLINICIAN, CLINIC);
        web.get("/sign-in");

        HttpResponse<String> first = web.post("/sign-in", "email", email, "password", IdentityFixtures.PASSWORD);
        assertThat(first.headers().firstValue("Location"))
                .hasValueSatisfying(v -> assertThat(v).endsWith("/sign-in/otp"));
        assertThat(web.get("/account").statusCode()).isEqualTo(302);

        web.get("/sign-in/otp");
        assertThat(web.post("/sign-in/otp", "code", "000000").statusCode()).isEqualTo(401);
        HttpResponse<String> second =
                web.post("/sign-in/otp", "code", IdentityFixtures.totp(IdentityFixtures.secretOf(email)));

        assertThat(second.statusCode()).isEqualTo(302);
        assertThat(web.get("/account").body()).contains("clinician").contains(CLINIC.toString());
    }

    @Test
    void staff_without_a_second_factor_enrol_on_first_sign_in_and_get_recovery_codes() {
        String email = IdentityFixtures.uniqueEmail("newstaff");
        staff.create(email, IdentityFixtures.PASSWORD, Role.CLINIC_ADMIN, java.util.Set.of(CLINIC));
        web.get("/sign-in");

        HttpResponse<String> first = web.post("/sign-in", "email", email, "password", IdentityFixtures.PASSWORD);
        assertThat(first.headers().firstValue("Location"))
                .hasValueSatisfying(v -> assertThat(v).endsWith("/sign-in/enrol"));
        HttpResponse<String> enrol = web.get("/sign-in/enrol");
        assertThat(enrol.body()).contains("otpauth://totp/").contains("data:image/png;base64,");
        String secret = enrol.body().replaceAll("(?s).*<code class=\"secret\">([A-Z2-7]+)</code>.*", "$1");

        HttpResponse<String> done = web.post("/sign-in/enrol", "code", IdentityFixtures.totp(secret));

        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("recovery codes");
        String recovery = done.body().replaceAll("(?s).*<li><code>([a-z0-9-]+)</code></li>.*", "$1");
        assertThat(web.get("/account").statusCode()).isEqualTo(200);

        FormClient other = new FormClient(port);
        other.get("/sign-in");
        other.post("/sign-in", "email", email, "password", IdentityFixtures.PASSWORD);
        other.get("/sign-in/otp");
        assertThat(other.post("/sign-in/otp", "code", recovery).statusCode()).isEqualTo(302);

        FormClient third = new FormClient(port);
        third.get("/sign-in");
        third.post("/sign-in", "email", email, "password", IdentityFixtures.PASSWORD);
        third.get("/sign-in/otp");
        assertThat(third.post("/sign-in/otp", "code", recovery).statusCode())
                .as("a recovery code works once")
                .isEqualTo(401);
    }
}
