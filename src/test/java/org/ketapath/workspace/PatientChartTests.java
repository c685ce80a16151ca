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
import org.ketapath.identity.ConsentApi;
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
 * The patient chart (API and page) and the patient list: the minimum necessary, only for staff of a clinic the
 * patient booked with or shares with (anyone else: not found), shared assessments only while the patient shares
 * them, every view in the patient's access report.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ketapath.scheduling.reminders.enabled=false",
            "ketapath.mail.sender.enabled=false",
            "spring.datasource.hikari.minimum-idle=2"
        })
@Import(WorkspaceTestConfiguration.class)
class PatientChartTests {

    static final LocalDate DAY = LocalDate.of(2026, 12, 15);
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Depression with high blood pressure that is not under control and a medicine that interacts. */
    static final String WITH_HYPERTENSION = """
            {"condition":"DEPRESSION","ageYears":41,"zip":"19107",
             "screens":{"phq-9":{"q1":2,"q2":2,"q3":1,"q4":1,"q5":1,"q6":1,"q7":1,"q8":1,"q9":0}},
             "medications":["lamotrigine"],
             "safety":{"pregnant":false,"uncontrolledHypertension":true,"psychosisHistory":false,
               "substanceUseDisorder":false,"severeLiverDisease":false,
               "raisedIntracranialOrIntraocularPressure":false,"unstableHeartDisease":false},
             "preferences":{"setting":"IN_CLINIC","maxDistanceMiles":30}}
            """;

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
    ConsentApi consents;

    @Autowired
    MutableClock clock;

    ClinicWorld world;
    Http http;
    UUID ada;
    UUID visit;

    @BeforeEach
    void adaBooksAnInfusionAndSharesHerAssessment() {
        clock.set(WorkspaceTestConfiguration.START);
        http = new Http(port);
        world = new ClinicWorld(jdbc, setup, accounts, mfa, booking, assessments, http, clock);
        ada = world.patient("Ada", "Lovelace");
        visit = world.book(
                ada, ServiceType.IV_INFUSION, DAY, LocalTime.of(9, 0), world.assessmentOf(ada, WITH_HYPERTENSION));
    }

    @Test
    void a_clinician_reads_the_chart_with_contact_details_visits_and_the_shared_assessment_flags_first() {
        ClinicWorld.Staff clinician = world.clinician();
        HttpResponse<String> response = http.get(
                "/api/v1/clinics/" + world.clinic + "/patients/" + ada + "/chart",
                "Authorization",
                "Bearer " + world.token(clinician));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode chart = JSON.readTree(response.body());
        assertThat(chart.path("patient").path("givenName").asString()).isEqualTo("Ada");
        assertThat(chart.path("patient").path("familyName").asString()).isEqualTo("Lovelace");
        assertThat(chart.path("patient").path("age").asInt()).isEqualTo(40);
        assertThat(chart.path("patient").path("phone").asString()).isEqualTo("+1 215 555 0142");
        assertThat(chart.path("patient").path("email").asString()).isEqualTo(world.emailOf(ada));
        assertThat(response.body()).doesNotContain("birthDate", "1985-12-10", "\"zip\":\"19107\"");
        assertThat(chart.path("appointments")).hasSize(1);
        assertThat(chart.path("appointments").get(0).path("serviceName").asString())
                .isEqualTo("IV infusion");
        assertThat(chart.path("appointments").get(0).path("statusName").asString())
                .isEqualTo("Booked");

        JsonNode intake = chart.path("intakes").get(0);
        assertThat(intake.path("assessmentId").asString())
                .isEqualTo(world.referenceOf(visit).toString());
        assertThat(intake.path("flags").path("contraindications").get(0).asString())
                .isEqualTo("High blood pressure that is not under control");
        assertThat(intake.path("flags")
                        .path("interactions")
                        .get(0)
                        .path("medication")
                        .asString())
                .isEqualTo("lamotrigine");
        assertThat(intake.path("outcomeInWords").asString()).isNotBlank();
        assertThat(intake.path("scores").get(0).path("instrument").asString()).isEqualTo("PHQ-9");
        assertThat(intake.path("scores").get(0).path("total").asInt()).isEqualTo(10);
        assertThat(intake.path("answers").toString())
                .contains("Little interest or pleasure in doing things", "More than half the days (2)")
                .contains("High blood pressure that is not under control", "lamotrigine", "In clinic");
        assertThat(intake.path("review").isNull()).isTrue();
    }

    @Test
    void every_chart_view_appears_in_the_patients_access_report_with_the_clinic() {
        ClinicWorld.Staff clinician = world.clinician();
        http.get(
                "/api/v1/clinics/" + world.clinic + "/patients/" + ada + "/chart",
                "Authorization",
                "Bearer " + world.token(clinician));

        HttpResponse<String> report = http.get(
                "/api/v1/patients/me/access-report",
                "Authorization",
                "Bearer " + world.token(world.emailOf(ada), null));

        assertThat(report.body())
                .contains("\"resourceType\":\"PatientChart\"")
                .contains("\"resourceType\":\"Assessment\"")
                .contains("\"clinicId\":\"" + world.clinic + "\"");
    }

    @Test
    void anyone_else_gets_not_found_and_a_withdrawn_share_hides_the_assessment_but_not_the_booking() {
        String path = "/api/v1/clinics/" + world.clinic + "/patients/" + ada + "/chart";
        ClinicWorld.Staff elsewhere = world.staff(Role.CLINICIAN, UUID.randomUUID());
        assertThat(http.get(path, "Authorization", "Bearer " + world.token(elsewhere))
                        .statusCode())
                .isEqualTo(404);
        UUID stranger = world.patient("Grace", "Hopper");
        ClinicWorld.Staff clinician = world.clinician();
        String token = world.token(clinician);
        assertThat(http.get(
                                "/api/v1/clinics/" + world.clinic + "/patients/" + stranger + "/chart",
                                "Authorization",
                                "Bearer " + token)
                        .statusCode())
                .as("a patient who neither booked nor shared")
                .isEqualTo(404);
        assertThat(http.get(path, "Authorization", "Bearer " + world.token(world.emailOf(ada), null))
                        .statusCode())
                .isEqualTo(403);
        assertThat(http.get(path).statusCode()).isEqualTo(401);

        jdbc.sql("update consent set withdrawn_at = now() where patient_id = :p and withdrawn_at is null")
                .param("p", ada)
                .update();
        JsonNode chart =
                JSON.readTree(http.get(path, "Authorization", "Bearer " + token).body());
        assertThat(chart.path("appointments")).hasSize(1);
        assertThat(chart.path("intakes")).isEmpty();
        assertThat(http.get(
                                "/api/v1/clinics/" + world.clinic + "/intakes/" + world.referenceOf(visit),
                                "Authorization",
                                "Bearer " + token)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void the_chart_page_puts_what_needs_attention_first_and_gives_every_answer_in_words() {
        ClinicWorld.Staff clinician = world.clinician();
        WebClient web = new WebClient(port);
        world.signIn(web, clinician);

        HttpResponse<String> page = web.get("/clinic/" + world.clinic + "/patients/" + ada);

        assertThat(page.statusCode()).isEqualTo(200);
        Document chart = Jsoup.parse(page.body());
        assertThat(chart.select("h1").text()).isEqualTo("Ada Lovelace");
        assertThat(chart.select("main a[href^=tel:]").text()).isEqualTo("+1 215 555 0142");
        assertThat(chart.select(".attention").text())
                .contains("High blood pressure that is not under control", "lamotrigine");
        assertThat(chart.select(".attention").first().siblingIndex())
                .isLessThan(chart.select(".outcome").first().siblingIndex());
        assertThat(chart.select(".answers").text())
                .contains("Feeling down, depressed, or hopeless", "More than half the days (2)", "In clinic");
        assertThat(chart.select("main").text())
                .doesNotContain("IN_CLINIC", "DEPRESSION", "LIKELY_CANDIDATE", "CLINICIAN_REVIEW", "NOT_SUITABLE_NOW")
                .doesNotContain("IV_INFUSION", "BOOKED", "uncontrolledHypertension", "LAMOTRIGINE");
        assertThat(web.get("/clinic/" + world.clinic + "/patients/" + UUID.randomUUID())
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void the_patient_list_finds_patients_by_name_with_their_next_visit_and_review_status() {
        UUID alan = world.patient("Alan", "Turing");
        world.book(alan, ServiceType.FREE_CONSULT, DAY, LocalTime.of(11, 0), null);
        ClinicWorld.Staff clinician = world.clinician();
        WebClient web = new WebClient(port);
        world.signIn(web, clinician);

        Document all =
                Jsoup.parse(web.get("/clinic/" + world.clinic + "/patients").body());
        assertThat(all.select("tbody tr").eachText())
                .containsExactly(
                        "Lovelace, Ada IV infusion, Tue, Dec 15, 2026, 9:00 AM EST Awaiting review",
                        "Turing, Alan Free consultation, Tue, Dec 15, 2026, 11:00 AM EST No intake shared");

        Document found = Jsoup.parse(
                web.get("/clinic/" + world.clinic + "/patients?name=tur").body());
        assertThat(found.select("tbody th").eachText()).containsExactly("Turing, Alan");

        Document awaiting = Jsoup.parse(web.get("/clinic/" + world.clinic + "/patients?show=AWAITING_REVIEW")
                .body());
        assertThat(awaiting.select("tbody th").eachText()).containsExactly("Lovelace, Ada");
        assertThat(awaiting.select("tbody a[href*=/intakes/]").attr("href"))
                .isEqualTo("/clinic/" + world.clinic + "/intakes/" + world.referenceOf(visit));

        Document none = Jsoup.parse(
                web.get("/clinic/" + world.clinic + "/patients?name=%25").body());
        assertThat(none.select("[role=status]").text()).isEqualTo("No patient matches.");
    }
}
