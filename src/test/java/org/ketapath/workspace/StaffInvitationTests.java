package org.ketapath.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketapath.assessment.AssessmentApi;
import org.ketapath.identity.domain.Mfa;
import org.ketapath.identity.domain.StaffAccounts;
import org.ketapath.scheduling.MutableClock;
import org.ketapath.scheduling.domain.BookingService;
import org.ketapath.scheduling.domain.ScheduleSetup;
import org.ketapath.support.Http;
import org.ketapath.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Staff invitations: a clinic admin invites by e-mail, the single-use link works for 7 days, the invitee sets a
 * password and enrols an authenticator; removing someone ends their sessions and tokens at once.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ketapath.scheduling.reminders.enabled=false",
            "ketapath.mail.sender.enabled=false",
            "spring.datasource.hikari.minimum-idle=2"
        })
@Import(WorkspaceTestConfiguration.class)
class StaffInvitationTests {

    static final Pattern LINK = Pattern.compile("https?://\\S+(/invitations/[A-Za-z0-9_-]+)");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ScheduleSetup setup;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    Mfa mfa;

    @Autowired
    BookingService booking;

    @Autowired
    AssessmentApi assessments;

    @Autowired
    MutableClock clock;

    ClinicWorld world;
    Http http;
    ClinicWorld.Staff admin;
    String adminToken;

    @BeforeEach
    void aClinicWithAnAdmin() {
        clock.set(WorkspaceTestConfiguration.START);
        http = new Http(port);
        world = new ClinicWorld(jdbc, setup, accounts, mfa, booking, assessments, http, clock);
        admin = world.admin();
        adminToken = world.token(admin);
    }

    String invite(String email, String role) {
        HttpResponse<String> invited = http.post(
                "/api/v1/clinics/" + world.clinic + "/staff/invitations",
                "{\"email\":\"" + email + "\",\"role\":\"" + role + "\"}",
                "Authorization",
                "Bearer " + adminToken);
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        String mail = jdbc.sql("select body from outbox_email where recipient = :to order by created_at desc limit 1")
                .param("to", email)
                .query(String.class)
                .single();
        Matcher link = LINK.matcher(mail);
        assertThat(link.find()).as(mail).isTrue();
        return link.group(1);
    }

    @Test
    void an_invitee_sets_a_password_enrols_an_authenticator_and_the_link_works_once() {
        String email = "new-clinician-" + UUID.randomUUID() + "@staff.test";
        String link = invite(email, "CLINICIAN");

        WebClient invitee = new WebClient(port);
        Document page = Jsoup.parse(invitee.get(link).body());
        assertThat(page.select("h1").text()).startsWith("Join Test Clinic");
        HttpResponse<String> mismatch =
                invitee.post(link, "password", "a-long-test-passphrase", "confirm", "another-passphrase");
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(mismatch.body()).select("#confirm-error").text())
                .isEqualTo("The two passwords are not the same.");
        HttpResponse<String> weak = invitee.post(link, "password", "short", "confirm", "short");
        assertThat(Jsoup.parse(weak.body()).select("#password-error").text()).contains("at least 12 characters");

        HttpResponse<String> accepted =
                invitee.post(link, "password", "a-long-test-passphrase", "confirm", "a-long-test-passphrase");
        assertThat(invitee.location(accepted)).isEqualTo("/sign-in/enrol");
        String secret = Jsoup.parse(invitee.get("/sign-in/enrol").body())
                .select("code.secret")
                .first()
                .text();
        invitee.post("/sign-in/enrol", "code", WebClient.totp(secret, clock.instant()));
        assertThat(invitee.location(invitee.get("/clinic"))).isEqualTo("/clinic/" + world.clinic);

        assertThat(new WebClient(port).get(link).statusCode()).as("used once").isEqualTo(404);
        HttpResponse<String> list =
                http.get("/api/v1/clinics/" + world.clinic + "/staff", "Authorization", "Bearer " + adminToken);
        assertThat(list.body()).contains(email, "\"role\":\"CLINICIAN\"", "\"authenticatorEnrolled\":true");
    }

    @Test
    void a_link_older_than_seven_days_or_withdrawn_no_longer_works() {
        String late = invite("late-" + UUID.randomUUID() + "@staff.test", "CLINICIAN");
        String withdrawn = invite("withdrawn-" + UUID.randomUUID() + "@staff.test", "CLINIC_ADMIN");
        UUID invitation = jdbc.sql("select id from staff_invitation where email like 'withdrawn-%' and clinic_id = :c")
                .param("c", world.clinic)
                .query(UUID.class)
                .single();
        assertThat(http.method(
                                "DELETE",
                                "/api/v1/clinics/" + world.clinic + "/staff/invitations/" + invitation,
                                "Authorization",
                                "Bearer " + adminToken)
                        .statusCode())
                .isEqualTo(204);
        assertThat(new WebClient(port).get(withdrawn).statusCode()).isEqualTo(404);

        clock.advance(Duration.ofDays(7).plusMinutes(1));
        HttpResponse<String> expired = new WebClient(port).get(late);
        assertThat(expired.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(expired.body()).select("h1").text())
                .isEqualTo("This invitation link is not valid any more");
    }

    @Test
    void removing_someone_ends_their_tokens_and_sessions_at_once_but_never_the_last_admin() {
        ClinicWorld.Staff clinician = world.clinician();
        String token = world.token(clinician);
        WebClient session = new WebClient(port);
        world.signIn(session, clinician);
        assertThat(session.get("/clinic/" + world.clinic).statusCode()).isEqualTo(200);

        HttpResponse<String> removed = http.method(
                "DELETE",
                "/api/v1/clinics/" + world.clinic + "/staff/" + clinician.id(),
                "Authorization",
                "Bearer " + adminToken);

        assertThat(removed.statusCode()).isEqualTo(204);
        assertThat(http.get("/api/v1/me", "Authorization", "Bearer " + token).statusCode())
                .isEqualTo(401);
        assertThat(session.location(session.get("/clinic/" + world.clinic))).isEqualTo("/sign-in");

        HttpResponse<String> last = http.method(
                "DELETE",
                "/api/v1/clinics/" + world.clinic + "/staff/" + admin.id(),
                "Authorization",
                "Bearer " + adminToken);
        assertThat(last.statusCode()).isEqualTo(409);
        assertThat(last.body()).contains("at least one admin");
    }

    @Test
    void bad_invitations_name_their_field_and_the_staff_page_shows_errors_beside_it() {
        HttpResponse<String> bad = http.post(
                "/api/v1/clinics/" + world.clinic + "/staff/invitations",
                "{\"email\":\"not-an-address\",\"role\":\"CLINICIAN\"}",
                "Authorization",
                "Bearer " + adminToken);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"email\"");
        HttpResponse<String> patientRole = http.post(
                "/api/v1/clinics/" + world.clinic + "/staff/invitations",
                "{\"email\":\"x@staff.test\",\"role\":\"PATIENT\"}",
                "Authorization",
                "Bearer " + adminToken);
        assertThat(patientRole.statusCode()).isEqualTo(400);
        assertThat(patientRole.body()).contains("\"field\":\"role\"");

        WebClient web = new WebClient(port);
        world.signIn(web, admin);
        web.get("/clinic/" + world.clinic + "/staff");
        HttpResponse<String> page =
                web.post("/clinic/" + world.clinic + "/staff/invitations", "email", admin.email(), "role", "CLINICIAN");
        assertThat(page.statusCode()).isEqualTo(400);
        Document errors = Jsoup.parse(page.body());
        assertThat(errors.select(".error-summary a").attr("href")).isEqualTo("#email");
        assertThat(errors.select("#email-error").text()).isEqualTo("This person already works for your clinic");
    }
}
