package org.ketapath.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The page flow without JavaScript: plain forms, POST-redirect-GET, a session cookie holding the draft; skip
 * logic; and what each kind of result offers. Pages are read with jsoup.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssessmentPageTests {

    /** Every safety answer on the physical-health page "no". */
    static final String BODY_NO_RISKS = "pregnancy=no&hypertension=no&conditions=none";

    static final String MIND_NO_RISKS =
            "psychosis=no&maniaOrHypomaniaHistory=no&substanceUseDisorder=no&dissociativeMisuseHistory=no";

    @LocalServerPort
    int port;

    HttpClient client;
    String csrf;

    @BeforeEach
    void newVisitor() {
        client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        csrf = page("/assessment/about").selectFirst("input[name=_csrf]").attr("value");
    }

    @Test
    void depression_skips_the_headache_questions_and_asks_the_phq9() {
        assertThat(location(post("about", "condition=DEPRESSION&ageYears=40&zip=10001")))
                .isEqualTo("/assessment/questionnaire");

        Document questionnaire = page("/assessment/questionnaire");
        assertThat(questionnaire.selectFirst(".progress-text").text()).isEqualTo("Step 2 of 6");
        assertThat(questionnaire.text()).contains("PHQ-9").contains("Little interest or pleasure in doing things");
        assertThat(location(get("/assessment/headaches"))).isEqualTo("/assessment/questionnaire");
        assertThat(location(get("/assessment/warning-signs"))).isEqualTo("/assessment/questionnaire");
        assertThat(questionnaire.select("[name=headacheDaysPerMonth]")).isEmpty();
    }

    @Test
    void no_licence_or_legal_note_is_shown_to_patients() {
        post("about", "condition=DEPRESSION&ageYears=40&zip=10001");

        assertThat(page("/assessment/questionnaire").selectFirst("main").text())
                .doesNotContainIgnoringCase("permission")
                .doesNotContainIgnoringCase("licen")
                .doesNotContainIgnoringCase("trademark");
        Document questionnaires = page("/assessment/questionnaires");
        assertThat(questionnaires.selectFirst("main").text())
                .contains("Headache Impact Test (HIT-6)")
                .contains("We do not show this questionnaire's questions here")
                .doesNotContainIgnoringCase("licen")
                .doesNotContainIgnoringCase("proprietary")
                .doesNotContain("No permission required");
        assertThat(questionnaires.select("#phq-9 a[href^=https://doi.org/10.1046/]"))
                .hasSize(1);
    }

    @Test
    void answers_are_kept_when_going_back_and_on_refresh() {
        post("about", "condition=MIGRAINE&ageYears=34&zip=19107");

        Document about = page("/assessment/about");
        assertThat(about.selectFirst("input[name=condition][value=MIGRAINE]").hasAttr("checked"))
                .isTrue();
        assertThat(about.selectFirst("input[name=zip]").val()).isEqualTo("19107");
    }

    @Test
    void an_invalid_answer_shows_an_error_summary_linked_to_the_field() {
        Document response = Jsoup.parse(
                post("about", "condition=MIGRAINE&ageYears=abc&zip=1910").body());

        assertThat(response.title()).startsWith("Error: Step 1 of 9");
        assertThat(response.select(".error-summary[role=alert] a").eachAttr("href"))
                .contains("#f-ageYears", "#f-zip");
        assertThat(response.selectFirst("#f-zip").attr("aria-describedby")).isEqualTo("h-zip e-zip");
        assertThat(response.selectFirst("#f-zip").attr("aria-invalid")).isEqualTo("true");
    }

    @Test
    void a_migraine_candidate_answers_every_question_that_applies_and_is_offered_a_consultation() {
        assertThat(location(post("about", "condition=MIGRAINE&ageYears=34&zip=19107")))
                .isEqualTo("/assessment/headaches");
        assertThat(location(post("headaches", headaches(18, 3, 2)))).isEqualTo("/assessment/warning-signs");
        Document warningSigns = page("/assessment/warning-signs");
        assertThat(warningSigns.select("fieldset legend").eachText())
                .hasSize(3)
                .noneMatch(q -> q.contains("after you turned 50"));
        assertThat(location(post("warning-signs", "thunderclap=no&neurologicalSymptoms=no&patternChanged=no")))
                .isEqualTo("/assessment/headache-history");
        assertThat(location(post(
                        "headache-history",
                        "debilitatingDaysPerMonth=10&monthsAtThisFrequency=4" + "&allPreventiveClassesTried=no")))
                .isEqualTo("/assessment/questionnaire");
        post("questionnaire", "id_migraine_q1=yes&id_migraine_q2=yes&id_migraine_q3=no");
        post("safety", BODY_NO_RISKS + "&bloodPressureSystolic=122&bloodPressureDiastolic=78");
        Document mind = page("/assessment/mental-health");
        assertThat(mind.select("[name=selfHarmThoughts]"))
                .as("no PHQ-9 for migraine")
                .isNotEmpty();
        post("mental-health", MIND_NO_RISKS + "&selfHarmThoughts=no");
        post("medicines", "medications=");
        String result = location(post("preferences", "setting=IN_CLINIC&maxDistanceMiles=25&tz=America/Chicago"));

        Document page = page(result);
        Element main = page.selectFirst("main");
        assertThat(main.selectFirst("h1").text()).isEqualTo("A consultation about ketamine therapy may be worthwhile");
        assertThat(main.selectFirst(".evidence").text()).contains("\"weak or no evidence\"");
        assertThat(main.selectFirst(".evidence a").attr("href"))
                .isEqualTo("https://doi.org/10.1097/AAP.0000000000000808");
        assertThat(main.select(".reasons").text())
                .contains("resistant migraine")
                .contains("used their own definitions");
        assertThat(main.select("a:containsOwn(Book a free consultation)")).hasSize(1);
        assertThat(main.select("a:containsOwn(Find providers)")).hasSize(1);
        assertThat(main.select(".unanswered")).isEmpty();
        assertThat(main.selectFirst("time").text())
                .matches("\\w{3}, \\w{3} \\d{1,2}, \\d{4}, \\d{1,2}:\\d\\d [AP]M C[SD]T");
        assertThat(main.selectFirst("time").hasAttr("data-local-time")).isFalse();
    }

    @Test
    void questions_that_cannot_apply_are_skipped() {
        post("about", "condition=MIGRAINE&ageYears=34&zip=19107");

        assertThat(location(post("headaches", headaches(6, 3, 2)))).isEqualTo("/assessment/warning-signs");
        assertThat(location(post("warning-signs", "thunderclap=no&neurologicalSymptoms=no&patternChanged=no")))
                .as("with fewer than 8 headache days, how long and how disabling cannot make it resistant")
                .isEqualTo("/assessment/questionnaire");
        assertThat(location(get("/assessment/headache-history"))).isEqualTo("/assessment/questionnaire");
        post("headaches", headaches(18, 2, 2));
        post("warning-signs", "thunderclap=no&neurologicalSymptoms=no&patternChanged=no");
        assertThat(location(get("/assessment/headache-history")))
                .as("2 preventive kinds only")
                .isEqualTo("/assessment/questionnaire");

        post("about", "condition=BIPOLAR_DEPRESSION&ageYears=34&zip=19107");
        assertThat(page("/assessment/mental-health").select("[name=maniaOrHypomaniaHistory]"))
                .as("mania is part of bipolar disorder")
                .isEmpty();
    }

    @Test
    void the_after_50_question_is_asked_from_50_and_a_stale_answer_is_not_sent_after_the_age_changes() {
        post("about", "condition=MIGRAINE&ageYears=55&zip=19107");
        post("headaches", headaches(6, 1, 0));
        assertThat(page("/assessment/warning-signs").select("[name=newAfter50]"))
                .isNotEmpty();
        post("warning-signs", "thunderclap=no&neurologicalSymptoms=no&patternChanged=no&newAfter50=yes");

        post("about", "condition=MIGRAINE&ageYears=45&zip=19107");
        assertThat(page("/assessment/warning-signs").select("[name=newAfter50]"))
                .isEmpty();
        String result = finishMigraine();

        assertThat(page(result).select(".reasons").text()).doesNotContain("began after the age of 50");
    }

    @Test
    void a_thunderclap_headache_brings_emergency_help_straight_away_and_on_the_result() {
        post("about", "condition=MIGRAINE&ageYears=34&zip=19107");
        post("headaches", headaches(18, 3, 2));

        assertThat(location(post("warning-signs", "thunderclap=yes&neurologicalSymptoms=no&patternChanged=no")))
                .isEqualTo("/assessment/urgent-help");
        Element urgent = page("/assessment/urgent-help").selectFirst("main section");
        assertThat(urgent.child(0).hasClass("urgent")).isTrue();
        assertThat(urgent.child(0).select("a[href=tel:911]")).hasSize(1);
        assertThat(urgent.select("a:containsOwn(carry on with the assessment)").attr("href"))
                .isEqualTo("/assessment/headache-history");

        post("headache-history", "debilitatingDaysPerMonth=10&monthsAtThisFrequency=4&allPreventiveClassesTried=no");
        String result = finishMigraineFromQuestionnaire();
        Element main = page(result).selectFirst("main section");
        assertThat(main.child(0).hasClass("urgent"))
                .as("911 before anything else")
                .isTrue();
        assertThat(main.child(1).tagName()).isEqualTo("h1");
        assertNoBookingAndALinkToInformation(main);
    }

    @Test
    void a_reading_of_180_or_more_is_not_suitable_now_with_plain_reasons_and_no_booking() {
        post("about", "condition=MIGRAINE&ageYears=34&zip=19107");
        post("headaches", headaches(18, 3, 2));
        post("warning-signs", "thunderclap=no&neurologicalSymptoms=no&patternChanged=no");
        post("headache-history", "debilitatingDaysPerMonth=10&monthsAtThisFrequency=4&allPreventiveClassesTried=no");
        post("questionnaire", "id_migraine_q1=yes&id_migraine_q2=yes&id_migraine_q3=no");
        post("safety", BODY_NO_RISKS + "&bloodPressureSystolic=185&bloodPressureDiastolic=100");
        post("mental-health", MIND_NO_RISKS + "&selfHarmThoughts=no");
        post("medicines", "medications=");
        String result = location(post("preferences", "setting=AT_HOME"));

        Element main = page(result).selectFirst("main");
        assertThat(main.selectFirst("h1").text()).isEqualTo("Ketamine therapy is not suitable for you right now");
        assertThat(main.select(".reasons li").first().text())
                .contains("180/110 or higher")
                .doesNotContain("_");
        assertThat(main.select(".next-steps").text()).contains("own doctor");
        assertThat(main.select(".reasons a").eachAttr("href")).allMatch(href -> href.startsWith("https://"));
        assertThat(main.text()).doesNotContain(".json").doesNotContain("BLOOD_PRESSURE");
        assertNoBookingAndALinkToInformation(main);
        assertThat(main.selectFirst("time").text())
                .as("no zone reported: UTC, for the script to localise")
                .endsWith("UTC");
        assertThat(main.selectFirst("time").attr("data-local-time")).isEqualTo("true");
    }

    @Test
    void a_blood_pressure_reading_is_optional_but_must_be_whole_when_given() {
        post("about", "condition=ANXIETY&ageYears=29&zip=94110");

        Document half = Jsoup.parse(
                post("safety", BODY_NO_RISKS + "&bloodPressureSystolic=130").body());
        assertThat(half.selectFirst(".error-summary a").attr("href")).isEqualTo("#f-bloodPressureSystolic");
        assertThat(half.selectFirst("#e-bloodPressure").text()).contains("Enter both numbers");
        assertThat(half.selectFirst("#f-bloodPressureSystolic").val()).isEqualTo("130");
        Document both =
                Jsoup.parse(post("safety", "pregnancy=no&hypertension=no&conditions=none&conditions=sleepApnoea")
                        .body());
        assertThat(both.selectFirst("#e-conditions").text()).contains("not both");
        assertThat(location(post("safety", BODY_NO_RISKS))).isEqualTo("/assessment/mental-health");
    }

    @Test
    void the_at_home_choice_carries_the_fda_warning_beside_it() {
        post("about", "condition=DEPRESSION&ageYears=40&zip=10001");

        Element atHome = page("/assessment/preferences")
                .selectFirst("input[value=AT_HOME]")
                .parent();
        Element warning = atHome.selectFirst(".choice-hint");
        assertThat(warning.text()).contains("October 2023", "FDA", "not FDA-approved");
        assertThat(warning.selectFirst("a").attr("href")).startsWith("https://www.fda.gov/");
        assertThat(atHome.selectFirst("input").attr("aria-describedby")).isEqualTo(warning.id());
    }

    @Test
    void self_harm_shows_988_before_anything_else_and_no_booking() {
        post("about", "condition=DEPRESSION&ageYears=40&zip=10001");
        post(
                "questionnaire",
                "phq_9_q1=1&phq_9_q2=2&phq_9_q3=1&phq_9_q4=1&phq_9_q5=0&phq_9_q6=1&phq_9_q7=0&phq_9_q8=0"
                        + "&phq_9_q9=1");
        post("safety", BODY_NO_RISKS);
        assertThat(page("/assessment/mental-health").select("[name=selfHarmThoughts]"))
                .as("PHQ-9 item 9 already asks about self-harm")
                .isEmpty();
        post("mental-health", MIND_NO_RISKS);
        post("medicines", "medications=");
        String result = location(post("preferences", "setting=AT_HOME"));
        assertThat(result).startsWith("/assessment/results/");

        Element main = page(result).selectFirst("main section");
        assertThat(main.child(0).hasClass("crisis-box")).isTrue();
        assertThat(main.child(0).select("a[href=tel:988]")).hasSize(1);
        assertThat(main.selectFirst("h1").text()).isEqualTo("A clinician should look at your answers with you");
        assertNoBookingAndALinkToInformation(main);
    }

    @Test
    void the_draft_is_cleared_after_the_result_and_an_unknown_result_is_not_found() {
        post("about", "condition=ANXIETY&ageYears=29&zip=94110");
        post("questionnaire", "gad_7_q1=0&gad_7_q2=0&gad_7_q3=0&gad_7_q4=0&gad_7_q5=0&gad_7_q6=0&gad_7_q7=0");
        post("safety", BODY_NO_RISKS);
        post("mental-health", MIND_NO_RISKS + "&selfHarmThoughts=no");
        post("medicines", "medications=lamictal");
        assertThat(location(post("preferences", "setting=IN_CLINIC")))
                .as("distance needed for a clinic")
                .isNull();
        assertThat(location(post("preferences", "setting=IN_CLINIC&maxDistanceMiles=25")))
                .startsWith("/assessment/results/");

        assertThat(location(get("/assessment/safety"))).isEqualTo("/assessment/about");
        assertThat(get("/assessment/results/AAAAAAAAAAAAAAAAAAAAAA").statusCode())
                .isEqualTo(404);
    }

    private static void assertNoBookingAndALinkToInformation(Element main) {
        assertThat(main.select("a:containsOwn(Book)")).isEmpty();
        assertThat(main.select("a:containsOwn(Find providers)")).isEmpty();
        assertThat(main.select("a[href^=/providers]")).isEmpty();
        assertThat(main.select("a[href^=/learn]")).isNotEmpty();
    }

    private static String headaches(int days, int preventive, int triptans) {
        return "headacheDaysPerMonth=" + days + "&averagePain=7&preventiveClassesTried=" + preventive
                + "&triptansTried=" + triptans + "&acuteMedicationDaysPerMonth=4";
    }

    /** The rest of a migraine assessment with nothing against ketamine, from the warning signs on. */
    private String finishMigraine() {
        post("headaches", headaches(6, 1, 0));
        post("warning-signs", "thunderclap=no&neurologicalSymptoms=no&patternChanged=no");
        return finishMigraineFromQuestionnaire();
    }

    private String finishMigraineFromQuestionnaire() {
        post("questionnaire", "id_migraine_q1=yes&id_migraine_q2=yes&id_migraine_q3=no");
        post("safety", BODY_NO_RISKS);
        post("mental-health", MIND_NO_RISKS + "&selfHarmThoughts=no");
        post("medicines", "medications=");
        String result = location(post("preferences", "setting=AT_HOME"));
        assertThat(result).startsWith("/assessment/results/");
        return result;
    }

    private Document page(String path) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    private HttpResponse<String> post(String step, String form) {
        String body = form + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(uri("/assessment/" + step))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static String location(HttpResponse<String> response) {
        return response.headers()
                .firstValue("Location")
                .map(l -> l.replaceFirst("^https?://[^/]+", ""))
                .orElse(null);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
