package org.ketapath.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ketapath.identity.ConsentApi;
import org.ketapath.identity.IdentityApi;
import org.ketapath.outcomes.domain.OutcomeService;
import org.ketapath.treatment.TreatmentApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/** The demo outcomes: 28 patients with diaries around signed 6-infusion courses, every number visible. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ketapath.demo-data=true", "ketapath.scheduling.reminders.enabled=false"})
@DirtiesContext
class OutcomesDemoDataTests {

    static final UUID CLINIC = UUID.fromString("c0000000-0000-4000-8000-000000000001");

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Autowired
    IdentityApi identity;

    @Autowired
    TreatmentApi treatment;

    @Autowired
    OutcomeService outcomes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    List<UUID> patients() {
        List<UUID> ids = new ArrayList<>();
        for (int k = 1; k <= 28; k++) {
            ids.add(identity.demoAccountId("patient" + k + "@demo.ketapath.test")
                    .orElseThrow());
        }
        return ids;
    }

    @Test
    void shouldGiveTwentyEightPatientsSignedSixInfusionCoursesWithPainBeforeAndAfter() {
        for (UUID patient : patients()) {
            List<TreatmentApi.CourseSummary> courses = treatment.courseSummaries(patient);
            assertThat(courses).hasSize(1);
            assertThat(courses.get(0).clinicId()).isEqualTo(CLINIC);
            assertThat(courses.get(0).signedSessions()).hasSize(6).allSatisfy(s -> {
                assertThat(s.before()).isNotNull();
                assertThat(s.after()).isNotNull();
                assertThat(s.doseAt()).isNotNull();
            });
        }
        assertThat(jdbc.sql("""
                        select count(*) from appointment where clinic_id = :c and status = 'COMPLETED'
                           and service = 'IV_INFUSION'
                        """).param("c", CLINIC).query(Integer.class).single())
                .isGreaterThanOrEqualTo(168);
    }

    @Test
    void shouldShowEveryNumberWithVariedResponsesAndSomeInvalidWindows() {
        int valid = 0;
        int responders = 0;
        int nonResponders = 0;
        int invalid = 0;
        for (UUID patient : patients()) {
            PatientOutcomes o = outcomes.atClinic(patient, CLINIC);
            assertThat(o.firstSession()).isNotNull();
            if (o.baseline().valid() && o.windows().get(0).valid()) {
                valid++;
            } else {
                invalid++;
            }
            if (Boolean.TRUE.equals(o.responder50())) {
                responders++;
            } else if (Boolean.FALSE.equals(o.responder50())) {
                nonResponders++;
            }
        }
        assertThat(valid).isGreaterThanOrEqualTo(20);
        assertThat(invalid).isGreaterThanOrEqualTo(3);
        assertThat(responders).isPositive();
        assertThat(nonResponders).isPositive();
    }

    @Test
    void shouldShareTheDiariesOfPatient1And2WithTheDemoClinic() {
        ConsentApi consents = context.getBean(ConsentApi.class);
        List<UUID> ids = patients();
        assertThat(consents.sharesWith(ids.get(0), CLINIC)).isTrue();
        assertThat(consents.sharesWith(ids.get(1), CLINIC)).isTrue();
        assertThat(jdbc.sql(
                                "select count(*) from consent where clinic_id = :c and scope = 'DIARY' and withdrawn_at is null")
                        .param("c", CLINIC)
                        .query(Integer.class)
                        .single())
                .isEqualTo(28);
    }

    @Test
    void shouldLoadOnlyOnce() throws Exception {
        int before = jdbc.sql("select count(*) from diary_entry")
                .query(Integer.class)
                .single();
        for (ApplicationRunner runner :
                context.getBeansOfType(ApplicationRunner.class).values()) {
            if (runner.getClass().getName().contains("outcomes")) {
                runner.run(new DefaultApplicationArguments());
            }
        }
        assertThat(jdbc.sql("select count(*) from diary_entry")
                        .query(Integer.class)
                        .single())
                .isEqualTo(before)
                .isGreaterThan(28 * 100);
        assertThat(jdbc.sql("select count(*) from treatment_course")
                        .query(Integer.class)
                        .single())
                .isEqualTo(28);
    }

    @Test
    void shouldShowPatient1TheirOutcomesWithChartsAndTables() {
        org.ketapath.support.WebClient web = new org.ketapath.support.WebClient(port);
        web.signIn("patient1@demo.ketapath.test", "demo-password-1");
        var response = web.get("/outcomes");
        assertThat(response.statusCode()).isEqualTo(200);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(response.body());
        assertThat(page.select("svg[role=img]")).hasSize(3);
        assertThat(page.select("svg[role=img] title").eachText()).contains("Migraine days in each 28-day period");
        assertThat(page.select("svg#chart-migraine, svg rect")).isNotEmpty();
        assertThat(page.select("table.outcomes-table tbody tr")).hasSize(4);
        assertThat(page.select("table.outcomes-table tbody tr")
                        .get(0)
                        .select("td")
                        .get(2)
                        .text())
                .matches("\\d+\\.\\d");
        assertThat(page.select(".notice").text()).containsAnyOf("50% response", "half");
        assertThat(page.text()).doesNotContain("MIGRAINE").doesNotContain("TRIPTAN");

        var diary = web.get("/diary?month="
                + java.time.YearMonth.now(java.time.ZoneId.of("America/New_York"))
                        .minusMonths(1));
        assertThat(diary.statusCode()).isEqualTo(200);
        org.jsoup.nodes.Document month = org.jsoup.Jsoup.parse(diary.body());
        assertThat(month.select("td.diary-migraine, td.diary-headache, td.diary-free"))
                .isNotEmpty();
    }

    static final String CLINICIAN_SECRET = "KETAPATHDEMOCLINICIANSECRETAAAAA";

    @Autowired
    org.ketapath.identity.domain.StaffAccounts staffAccounts;

    @Autowired
    org.ketapath.identity.domain.Mfa mfa;

    /** A clinician of the demo clinic of its own (each TOTP code is accepted once per account). */
    String newClinician() {
        String email = "clin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        UUID id = staffAccounts.create(
                email, "demo-password-1", org.ketapath.identity.Role.CLINICIAN, java.util.Set.of(CLINIC));
        mfa.enrolWithSecret(id, CLINICIAN_SECRET);
        return email;
    }

    String clinicianToken() {
        var http = new org.ketapath.support.Http(port);
        var response = http.post(
                "/api/v1/auth/token",
                "{\"email\":\"%s\",\"password\":\"demo-password-1\",\"otp\":\"%s\"}"
                        .formatted(
                                newClinician(),
                                org.ketapath.support.WebClient.totp(CLINICIAN_SECRET, java.time.Instant.now())));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(response.body())
                .get("accessToken")
                .asString();
    }

    @Test
    void shouldGiveTheClinicItsRespondersWithAWilsonIntervalAndTheSessionResponderRate() {
        var http = new org.ketapath.support.Http(port);
        var response =
                http.get("/api/v1/clinics/" + CLINIC + "/outcomes", "Authorization", "Bearer " + clinicianToken());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var json = tools.jackson.databind.json.JsonMapper.builder().build().readTree(response.body());
        var migraine = json.get("conditions").get(0);
        assertThat(migraine.get("condition").asString()).isEqualTo("MIGRAINE");
        assertThat(migraine.get("patientsStarted").asInt()).isEqualTo(28);
        assertThat(migraine.get("patientsSharingDiary").asInt()).isEqualTo(28);
        int valid = migraine.get("patientsWithValidWindows").asInt();
        assertThat(valid).isBetween(20, 25);
        int responders = migraine.get("responders50").asInt();
        int decided = migraine.get("responderDenominator").asInt();
        assertThat(migraine.get("ci95").get(0).decimalValue())
                .isEqualByComparingTo(org.ketapath.outcomes.domain.Wilson.ci95(responders, decided)
                        .get(0));
        assertThat(migraine.get("ci95").get(1).decimalValue())
                .isEqualByComparingTo(org.ketapath.outcomes.domain.Wilson.ci95(responders, decided)
                        .get(1));
        var sessions = migraine.get("sessionResponders");
        assertThat(sessions.get("sessions").asInt()).isEqualTo(168);
        int expected = jdbc.sql("""
                        select count(*) from treatment_session s
                          join session_score b on b.session_id = s.id and b.instrument = 'PAIN_NRS' and b.phase = 'BEFORE'
                          join session_score a on a.session_id = s.id and a.instrument = 'PAIN_NRS' and a.phase = 'AFTER'
                         where s.clinic_id = :c and s.status = 'SIGNED' and b.value - a.value >= 2
                        """).param("c", CLINIC).query(Integer.class).single();
        assertThat(sessions.get("responders").asInt()).isEqualTo(expected).isPositive();

        var other = http.get(
                "/api/v1/clinics/" + UUID.randomUUID() + "/outcomes", "Authorization", "Bearer " + clinicianToken());
        assertThat(other.statusCode()).isEqualTo(404);
    }

    @Test
    void shouldShowTheDiaryOutcomesInTheChartOnlyWhileThePatientShares() {
        org.ketapath.support.WebClient web = new org.ketapath.support.WebClient(port);
        web.signInStaff(newClinician(), "demo-password-1", CLINICIAN_SECRET, java.time.Instant.now());
        UUID patient3 = patients().get(2);
        var chart = org.jsoup.Jsoup.parse(
                web.get("/clinic/" + CLINIC + "/patients/" + patient3).body());
        assertThat(chart.select("caption").eachText()).contains("Diary, per 28 days (counts scaled to 28 days)");
        assertThat(chart.select("table:has(caption:contains(Diary)) tbody tr")).hasSize(4);

        jdbc.sql("update consent set withdrawn_at = now() where patient_id = :p and scope = 'DIARY'")
                .param("p", patient3)
                .update();
        var after = org.jsoup.Jsoup.parse(
                web.get("/clinic/" + CLINIC + "/patients/" + patient3).body());
        assertThat(after.text()).contains("does not share their headache diary");
        jdbc.sql(
                        "insert into consent (id, patient_id, clinic_id, scope, granted_at) values (:id, :p, :c, 'DIARY', now())")
                .param("id", UUID.randomUUID())
                .param("p", patient3)
                .param("c", CLINIC)
                .update();
    }

    @Autowired
    org.ketapath.outcomes.domain.OutcomesPublication publication;

    @Test
    void shouldShowStaffTheClinicOutcomesPageAndLetOnlyTheAdminStopAndRestartPublishing() {
        var clinician = new org.ketapath.support.WebClient(port);
        clinician.signInStaff(newClinician(), "demo-password-1", CLINICIAN_SECRET, java.time.Instant.now());
        var page = org.jsoup.Jsoup.parse(
                clinician.get("/clinic/" + CLINIC + "/outcomes").body());
        assertThat(page.select("h1").text()).isEqualTo("Your clinic's outcomes");
        assertThat(page.select("tbody th[scope=row]").eachText()).contains("Migraine");
        assertThat(page.select("tbody tr:has(th:contains(Migraine)) td").get(4).text())
                .matches("\\d+ of \\d+ \\(\\d+%\\)");
        assertThat(page.select("form[action$=/outcomes/publication]")).isEmpty();
        assertThat(page.text()).doesNotContain("MIGRAINE");
        assertThat(clinician
                        .post("/clinic/" + CLINIC + "/outcomes/publication", "publish", "false")
                        .statusCode())
                .isEqualTo(403);
        assertThat(publication.of(CLINIC).outcomes()).isNotNull();

        String adminEmail = "adm-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        UUID adminId = staffAccounts.create(
                adminEmail, "demo-password-1", org.ketapath.identity.Role.CLINIC_ADMIN, java.util.Set.of(CLINIC));
        mfa.enrolWithSecret(adminId, CLINICIAN_SECRET);
        var admin = new org.ketapath.support.WebClient(port);
        admin.signInStaff(adminEmail, "demo-password-1", CLINICIAN_SECRET, java.time.Instant.now());
        var adminPage = org.jsoup.Jsoup.parse(
                admin.get("/clinic/" + CLINIC + "/outcomes").body());
        assertThat(adminPage
                        .select("form[action$=/outcomes/publication] button")
                        .text())
                .isEqualTo("Stop publishing our outcomes");
        var stopped = admin.post("/clinic/" + CLINIC + "/outcomes/publication", "publish", "false");
        assertThat(admin.location(stopped)).isEqualTo("/clinic/" + CLINIC + "/outcomes?saved");
        assertThat(publication.of(CLINIC).outcomes()).isNull();
        var afterStop = org.jsoup.Jsoup.parse(
                admin.get("/clinic/" + CLINIC + "/outcomes?saved").body());
        assertThat(afterStop.text()).contains("Your choice is saved.").contains("when it chose to stop");
        assertThat(afterStop
                        .select("form[action$=/outcomes/publication] button")
                        .text())
                .isEqualTo("Publish our outcomes");
        assertThat(admin.post("/clinic/" + CLINIC + "/outcomes/publication", "publish", "maybe")
                        .statusCode())
                .isEqualTo(400);
        admin.post("/clinic/" + CLINIC + "/outcomes/publication", "publish", "true");
        assertThat(publication.of(CLINIC).outcomes()).isNotNull();

        var outsider = new org.ketapath.support.WebClient(port);
        outsider.signIn("patient1@demo.ketapath.test", "demo-password-1");
        assertThat(outsider.get("/clinic/" + CLINIC + "/outcomes").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldPublishOnTheProviderProfileOnlyWhatConsentingPatientsGiveAndNeverASmallCell() {
        var http = new org.ketapath.support.Http(port);
        var json = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(http.get("/api/v1/providers/" + CLINIC).body());
        var outcomes = json.get("outcomes");
        assertThat(outcomes.isNull())
                .as("the demo clinic publishes: %s", json.get("outcomesNote"))
                .isFalse();
        var clinicView = outcomes;

        {
            assertThat(clinicView.get("condition").asString()).isEqualTo("MIGRAINE");
            int patients = clinicView.get("patients").asInt();
            int responders = clinicView.get("responders").asInt();
            assertThat(patients).isGreaterThanOrEqualTo(20);
            assertThat(responders).isGreaterThanOrEqualTo(11);
            assertThat(patients - responders).isGreaterThanOrEqualTo(11);
            assertThat(clinicView.get("ci95")).hasSize(2);
            assertThat(clinicView.get("window").asString()).contains("28");
            assertThat(clinicView.has("updatedAt")).isTrue();
            // never more than the clinic's own count (patients who did not agree to be counted are left out)
            var staffView = tools.jackson.databind.json.JsonMapper.builder()
                    .build()
                    .readTree(http.get(
                                    "/api/v1/clinics/" + CLINIC + "/outcomes",
                                    "Authorization",
                                    "Bearer " + clinicianToken())
                            .body())
                    .get("conditions")
                    .get(0);
            assertThat(patients)
                    .isLessThanOrEqualTo(staffView.get("responderDenominator").asInt());
        }
        var page = org.jsoup.Jsoup.parse(http.get("/providers/" + CLINIC).body());
        assertThat(page.select("#outcomes").text()).isEqualTo("Outcomes measured by KetaPath");
        assertThat(page.select("#outcomes + *").text()).isNotBlank();
    }

    @Test
    void shouldLeaveADatedNoteAfterOptingOutAndShowNothingBelowTheThreshold() {
        UUID admin = UUID.randomUUID();
        publication.choose(CLINIC, false, admin);
        var off = publication.of(CLINIC);
        assertThat(off.outcomes()).isNull();
        assertThat(off.note()).startsWith("This clinic published its outcomes on KetaPath until ");
        publication.choose(CLINIC, true, admin);

        jdbc.sql("update consent set withdrawn_at = now() where clinic_id = :c and scope = 'PUBLISHED_RESULTS'"
                        + " and withdrawn_at is null and patient_id in (select patient_id from consent where"
                        + " clinic_id = :c and scope = 'PUBLISHED_RESULTS' and withdrawn_at is null limit 10)")
                .param("c", CLINIC)
                .update();
        var few = publication.of(CLINIC);
        assertThat(few.outcomes()).isNull();
        assertThat(few.note()).contains("Fewer than 20");
        jdbc.sql("update consent set withdrawn_at = null where clinic_id = :c and scope = 'PUBLISHED_RESULTS'"
                        + " and patient_id not in (select patient_id from consent c2 where c2.clinic_id = :c and"
                        + " c2.scope = 'PUBLISHED_RESULTS' and c2.withdrawn_at is null)")
                .param("c", CLINIC)
                .update();
    }
}
