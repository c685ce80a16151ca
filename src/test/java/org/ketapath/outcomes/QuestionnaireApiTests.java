package org.ketapath.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.ketapath.identity.domain.PatientDetails;
import org.ketapath.identity.domain.StaffAccounts;
import org.ketapath.outcomes.domain.QuestionnaireReminders;
import org.ketapath.support.DirectoryRows;
import org.ketapath.support.Http;
import org.ketapath.support.WebClient;
import org.ketapath.treatment.TreatmentApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Repeated questionnaires: due for a psychiatric course, scored by the engine, crisis support on item 9. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ketapath.outcomes.reminders.enabled=false")
class QuestionnaireApiTests {

    static final String PASSWORD = "correct-horse-battery-9";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TreatmentApi treatment;

    @Autowired
    OutcomesApi outcomes;

    @Autowired
    QuestionnaireReminders reminders;

    record World(UUID clinic, UUID patient, String email) {}

    World depressionCourse() {
        UUID clinic = UUID.randomUUID();
        DirectoryRows.clinics(jdbc, clinic);
        jdbc.sql(
                        "insert into practitioner (id, clinic_id, given_name, family_name, npi) values (:id, :c, 'Dana', 'Demo', '1234567893')")
                .param("id", clinic)
                .param("c", clinic)
                .update();
        String email = "q-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        UUID patient = accounts.createVerifiedPatient(
                email, PASSWORD, new PatientDetails("Ada", "Lovelace", LocalDate.of(1985, 3, 4), "19107", null));
        jdbc.sql("""
                        insert into appointment (id, clinic_id, patient_id, practitioner_id, service, period, zone_id,
                            pre_minutes, main_minutes, post_minutes, created_at, updated_at)
                        values (:id, :c, :p, :c, 'IV_INFUSION', tstzrange(now() + interval '2 days',
                            now() + interval '2 days 90 minutes'), 'America/New_York', 10, 45, 30, now(), now())
                        """)
                .param("id", UUID.randomUUID())
                .param("c", clinic)
                .param("p", patient)
                .update();
        treatment.startIvCourseForDemo(
                UUID.randomUUID(),
                clinic,
                patient,
                "DEPRESSION",
                "F32.1",
                new BigDecimal("0.5"),
                new BigDecimal("0.5"),
                6,
                "Ada Lovelace");
        return new World(clinic, patient, email);
    }

    String token(String email) {
        HttpResponse<String> t = new Http(port)
                .post("/api/v1/auth/token", "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, PASSWORD));
        return JSON.readTree(t.body()).get("accessToken").asString();
    }

    @Test
    void shouldListPhq9AndGad7AsDueAndScoreThemWithTheEngine() {
        World w = depressionCourse();
        Http http = new Http(port);
        String[] auth = {"Authorization", "Bearer " + token(w.email())};
        JsonNode overview = JSON.readTree(
                http.get("/api/v1/patients/me/questionnaires", auth).body());
        assertThat(overview.get("due").findValuesAsString("instrument")).containsExactly("phq-9", "gad-7");

        HttpResponse<String> answered = http.post(
                "/api/v1/patients/me/questionnaires/gad-7",
                "{\"answers\":{\"q1\":2,\"q2\":2,\"q3\":1,\"q4\":1,\"q5\":0,\"q6\":1,\"q7\":3}}",
                auth);
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);
        JsonNode gad = JSON.readTree(answered.body());
        assertThat(gad.get("total").asInt()).isEqualTo(10);
        assertThat(gad.get("band").asString()).isEqualTo("Moderate anxiety");
        assertThat(gad.get("selfHarm").asBoolean()).isFalse();

        HttpResponse<String> missing =
                http.post("/api/v1/patients/me/questionnaires/phq-9", "{\"answers\":{\"q1\":2}}", auth);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(missing.body())
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .startsWith("answers.q");

        JsonNode after = JSON.readTree(
                http.get("/api/v1/patients/me/questionnaires", auth).body());
        assertThat(after.get("due").findValuesAsString("instrument")).containsExactly("phq-9");
        JsonNode mine =
                JSON.readTree(http.get("/api/v1/patients/me/outcomes", auth).body());
        assertThat(mine.get("questionnaires").get(0).get("instrument").asString())
                .isEqualTo("gad-7");
        assertThat(mine.get("questionnaires").get(0).get("total").asInt()).isEqualTo(10);
    }

    @Test
    void shouldShowCrisisSupportAtOnceAndFlagTheClinicWhenItem9IsAboveZero() {
        World w = depressionCourse();
        WebClient web = new WebClient(port);
        web.signIn(w.email(), PASSWORD);
        Document diary = Jsoup.parse(web.get("/diary").body());
        assertThat(diary.select("a[href=/questionnaires/phq-9]").text()).isEqualTo("Answer the PHQ-9");
        Document form = Jsoup.parse(web.get("/questionnaires/phq-9").body());
        assertThat(form.select("fieldset legend")).hasSize(9);

        Document done = Jsoup.parse(web.post(
                        "/questionnaires/phq-9",
                        "q1",
                        "1",
                        "q2",
                        "2",
                        "q3",
                        "1",
                        "q4",
                        "1",
                        "q5",
                        "0",
                        "q6",
                        "1",
                        "q7",
                        "0",
                        "q8",
                        "0",
                        "q9",
                        "1")
                .body());
        assertThat(done.select("section > *").first().hasClass("crisis-box")).isTrue();
        assertThat(done.select(".crisis-box a[href=tel:988]")).isNotEmpty();
        assertThat(done.select("h1").text()).isEqualTo("Your answers are saved");

        assertThat(outcomes.selfHarmAnswers(w.clinic())).singleElement().satisfies(a -> {
            assertThat(a.patientId()).isEqualTo(w.patient());
            assertThat(a.item9()).isEqualTo(1);
        });
    }

    @Test
    void shouldNameTheUnansweredQuestionOnThePage() {
        World w = depressionCourse();
        WebClient web = new WebClient(port);
        web.signIn(w.email(), PASSWORD);
        web.get("/questionnaires/gad-7");
        Document page = Jsoup.parse(web.post("/questionnaires/gad-7", "q1", "1").body());
        assertThat(page.select(".error-summary a").eachAttr("href")).hasSize(1);
        assertThat(page.select(".error-summary a").first().attr("href")).startsWith("#q");
        assertThat(page.select(".has-error")).isNotEmpty();
    }

    @Test
    void shouldMailOnceForADueQuestionnaireWithoutNamingIt() {
        World w = depressionCourse();
        assertThat(reminders.remind(w.patient())).isEqualTo(2);
        reminders.remind(w.patient());
        var mails = jdbc.sql("select body from outbox_email where deduplication_key like :k")
                .param("k", "questionnaire-due:" + w.patient() + ":%")
                .query(String.class)
                .list();
        assertThat(mails)
                .hasSize(2)
                .allSatisfy(body -> assertThat(body).doesNotContain("PHQ").doesNotContain("depress"));
    }

    @Test
    void shouldListDueQuestionnairesOnThePatientsHomePageAndNothingForOthers() {
        World w = depressionCourse();
        WebClient web = new WebClient(port);
        web.signIn(w.email(), PASSWORD);
        Document home = Jsoup.parse(web.get("/").body());
        assertThat(home.select("#due-questionnaires").text()).isEqualTo("Questionnaires to answer");
        assertThat(home.select("a[href=/questionnaires/phq-9]").text()).isEqualTo("Answer the PHQ-9");
        assertThat(home.select("a[href=/questionnaires/gad-7]").text()).isEqualTo("Answer the GAD-7");

        String email = "nh-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        accounts.createVerifiedPatient(
                email, PASSWORD, new PatientDetails("Ada", "Lovelace", LocalDate.of(1985, 3, 4), "19107", null));
        WebClient noCourse = new WebClient(port);
        noCourse.signIn(email, PASSWORD);
        assertThat(Jsoup.parse(noCourse.get("/").body()).select("#due-questionnaires"))
                .isEmpty();
        assertThat(Jsoup.parse(new WebClient(port).get("/").body()).select("#due-questionnaires"))
                .isEmpty();
    }

    @Test
    void shouldNotOfferAQuestionnaireWithoutACourseThatAsksIt() {
        String email = "nq-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        accounts.createVerifiedPatient(
                email, PASSWORD, new PatientDetails("Ada", "Lovelace", LocalDate.of(1985, 3, 4), "19107", null));
        WebClient web = new WebClient(port);
        web.signIn(email, PASSWORD);
        assertThat(web.get("/questionnaires/phq-9").statusCode()).isEqualTo(404);
        HttpResponse<String> api = new Http(port)
                .post(
                        "/api/v1/patients/me/questionnaires/phq-9",
                        "{\"answers\":{}}",
                        "Authorization",
                        "Bearer " + token(email));
        assertThat(api.statusCode()).isEqualTo(404);
    }
}
