package org.ketapath.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketapath.assessment.AssessmentApi;
import org.ketapath.identity.Role;
import org.ketapath.identity.domain.Mfa;
import org.ketapath.identity.domain.StaffAccounts;
import org.ketapath.scheduling.MutableClock;
import org.ketapath.scheduling.ServiceType;
import org.ketapath.scheduling.domain.BookingService;
import org.ketapath.scheduling.domain.ScheduleSetup;
import org.ketapath.support.Http;
import org.ketapath.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Intake review: the appointment's shared assessmentId is readable by the clinic's staff, a clinician decides
 * (API and page), the patient reads the decision on their appointment page (the note only when marked for
 * them) after an e-mail that only asks them to sign in.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ketapath.scheduling.reminders.enabled=false",
            "ketapath.mail.sender.enabled=false",
            "spring.datasource.hikari.minimum-idle=2"
        })
@Import(WorkspaceTestConfiguration.class)
class IntakeReviewTests {

    static final LocalDate DAY = LocalDate.of(2026, 12, 15);
    static final JsonMapper JSON = JsonMapper.builder().build();

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
    UUID ada;
    UUID visit;
    ClinicWorld.Staff clinician;
    String clinicianToken;

    @BeforeEach
    void adaSharesHerAssessmentWithABooking() {
        clock.set(WorkspaceTestConfiguration.START);
        http = new Http(port);
        world = new ClinicWorld(jdbc, setup, accounts, mfa, booking, assessments, http, clock);
        ada = world.patient("Ada", "Lovelace");
        visit = world.book(ada, ServiceType.FREE_CONSULT, DAY, LocalTime.of(10, 0), world.assessmentOf(ada));
        clinician = world.clinician();
        clinicianToken = world.token(clinician);
    }

    @Test
    void the_appointments_assessment_id_is_readable_by_the_clinics_staff() {
        HttpResponse<String> appointment =
                http.get("/api/v1/appointments/" + visit, "Authorization", "Bearer " + clinicianToken);
        String assessmentId =
                JSON.readTree(appointment.body()).path("assessmentId").asString();

        HttpResponse<String> intake = http.get(
                "/api/v1/clinics/" + world.clinic + "/intakes/" + assessmentId,
                "Authorization",
                "Bearer " + clinicianToken);

        assertThat(intake.statusCode()).as(intake.body()).isEqualTo(200);
        assertThat(JSON.readTree(intake.body()).path("condition").asString()).isEqualTo("Depression");
        ClinicWorld.Staff admin = world.admin();
        assertThat(http.get(
                                "/api/v1/clinics/" + world.clinic + "/intakes/" + assessmentId,
                                "Authorization",
                                "Bearer " + world.token(admin))
                        .statusCode())
                .isEqualTo(200);
        ClinicWorld.Staff elsewhere = world.staff(Role.CLINICIAN, UUID.randomUUID());
        assertThat(http.get(
                                "/api/v1/clinics/" + world.clinic + "/intakes/" + assessmentId,
                                "Authorization",
                                "Bearer " + world.token(elsewhere))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void a_clinicians_decision_reaches_the_patient_without_details_in_the_email() {
        UUID reference = world.referenceOf(visit);
        HttpResponse<String> saved = http.post(
                "/api/v1/clinics/" + world.clinic + "/intakes/" + reference + "/review",
                "{\"decision\":\"NEEDS_INFORMATION\",\"note\":\"Blood pressure log before the infusion.\"}",
                "Authorization",
                "Bearer " + clinicianToken);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        assertThat(JSON.readTree(saved.body()).path("noteForPatient").asBoolean())
                .isFalse();

        String mail = jdbc
                .sql("select subject || ' ' || body from outbox_email where recipient = :to")
                .param("to", world.emailOf(ada))
                .query(String.class)
                .list()
                .stream()
                .filter(m -> m.contains("reviewed"))
                .findFirst()
                .orElseThrow();
        assertThat(mail).contains("Sign in").doesNotContain("information", "Blood pressure", "NEEDS");

        WebClient patient = new WebClient(port);
        patient.signIn(world.emailOf(ada), ClinicWorld.PASSWORD);
        Document page = Jsoup.parse(patient.get("/appointments/" + visit).body());
        assertThat(page.select("#review").text())
                .contains("needs more information from you")
                .doesNotContain("Blood pressure log");

        http.post(
                "/api/v1/clinics/" + world.clinic + "/intakes/" + reference + "/review",
                "{\"decision\":\"PROCEED\",\"note\":\"See you on Tuesday.\",\"noteForPatient\":true}",
                "Authorization",
                "Bearer " + clinicianToken);
        page = Jsoup.parse(patient.get("/appointments/" + visit).body());
        assertThat(page.select("#review").text()).contains("ready to go ahead", "See you on Tuesday.");

        JsonNode intake = JSON.readTree(http.get(
                        "/api/v1/clinics/" + world.clinic + "/intakes/" + reference,
                        "Authorization",
                        "Bearer " + clinicianToken)
                .body());
        assertThat(intake.path("review").path("decision").asString()).isEqualTo("PROCEED");
    }

    @Test
    void only_the_clinics_clinicians_decide_and_bad_input_names_its_field() {
        String path = "/api/v1/clinics/" + world.clinic + "/intakes/" + world.referenceOf(visit) + "/review";
        ClinicWorld.Staff admin = world.admin();
        assertThat(http.post(path, "{\"decision\":\"PROCEED\"}", "Authorization", "Bearer " + world.token(admin))
                        .statusCode())
                .isEqualTo(403);
        ClinicWorld.Staff elsewhere = world.staff(Role.CLINICIAN, UUID.randomUUID());
        assertThat(http.post(path, "{\"decision\":\"PROCEED\"}", "Authorization", "Bearer " + world.token(elsewhere))
                        .statusCode())
                .isEqualTo(404);
        assertThat(http.post(
                                "/api/v1/clinics/" + world.clinic + "/intakes/" + UUID.randomUUID() + "/review",
                                "{\"decision\":\"PROCEED\"}",
                                "Authorization",
                                "Bearer " + clinicianToken)
                        .statusCode())
                .isEqualTo(404);

        HttpResponse<String> noDecision = http.post(path, "{}", "Authorization", "Bearer " + clinicianToken);
        assertThat(noDecision.statusCode()).isEqualTo(400);
        assertThat(noDecision.body()).contains("\"field\":\"decision\"");
        HttpResponse<String> unknown =
                http.post(path, "{\"decision\":\"MAYBE\"}", "Authorization", "Bearer " + clinicianToken);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"decision\"");
        HttpResponse<String> longNote = http.post(
                path,
                "{\"decision\":\"PROCEED\",\"note\":\"" + "x".repeat(2001) + "\"}",
                "Authorization",
                "Bearer " + clinicianToken);
        assertThat(longNote.statusCode()).isEqualTo(400);
        assertThat(longNote.body()).contains("\"field\":\"note\"");
        assertThat(jdbc.sql("select count(*) from intake_review where clinic_id = :c")
                        .param("c", world.clinic)
                        .query(Long.class)
                        .single())
                .as("nothing half-written")
                .isZero();
    }

    @Test
    void the_review_page_shows_errors_beside_their_fields_and_saves_a_decision() {
        WebClient web = new WebClient(port);
        world.signIn(web, clinician);
        String page = "/clinic/" + world.clinic + "/intakes/" + world.referenceOf(visit);
        Document form = Jsoup.parse(web.get(page).body());
        assertThat(form.select("h1").text()).isEqualTo("Intake of Ada Lovelace");
        assertThat(form.select("input[name=decision]").eachAttr("value"))
                .containsExactly("PROCEED", "NEEDS_INFORMATION", "NOT_SUITABLE");
        assertThat(form.select("label[for^=decision-]").eachText())
                .containsExactly("Proceed", "Needs more information", "Not suitable");

        HttpResponse<String> missing = web.post(page + "/review", "note", "Call first.");
        assertThat(missing.statusCode()).isEqualTo(400);
        Document errors = Jsoup.parse(missing.body());
        assertThat(errors.select(".error-summary h2").text()).isEqualTo("There is a problem");
        assertThat(errors.select(".error-summary a").attr("href")).isEqualTo("#decision-PROCEED");
        assertThat(errors.select("fieldset.has-error #decision-error").text()).isEqualTo("Choose a decision");
        assertThat(errors.select("textarea#note").text()).isEqualTo("Call first.");

        HttpResponse<String> saved = web.post(page + "/review", "decision", "PROCEED", "note", "");
        assertThat(saved.statusCode()).isEqualTo(302);
        Document after = Jsoup.parse(web.get(page).body());
        assertThat(after.select("[role=status]").text()).contains("Your decision is saved");
        assertThat(after.select("main").text()).contains("Decision in force", "Proceed");
    }
}
