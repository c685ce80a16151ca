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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The page flow without JavaScript: plain forms, POST-redirect-GET, a session cookie holding the draft. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssessmentPageTests {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

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
        Matcher matcher = CSRF.matcher(get("/assessment/about").body());
        assertThat(matcher.find()).isTrue();
        csrf = matcher.group(1);
    }

    @Test
    void depression_skips_the_headache_questions_and_asks_the_phq9() {
        assertThat(location(post("about", "condition=DEPRESSION&ageYears=40&zip=10001")))
                .isEqualTo("/assessment/questionnaire");

        HttpResponse<String> questionnaire = get("/assessment/questionnaire");
        assertThat(questionnaire.body())
                .contains("Step 2 of 5")
                .contains("PHQ-9")
                .contains("Little interest or pleasure in doing things");
        assertThat(location(get("/assessment/headaches"))).isEqualTo("/assessment/questionnaire");
        assertThat(questionnaire.body()).doesNotContain("headacheDaysPerMonth");
    }

    @Test
    void answers_are_kept_when_going_back_and_on_refresh() {
        post("about", "condition=MIGRAINE&ageYears=34&zip=19107");

        String about = get("/assessment/about").body();
        assertThat(about).contains("value=\"MIGRAINE\" checked").contains("value=\"19107\"");
    }

    @Test
    void an_invalid_answer_shows_an_error_summary_linked_to_the_field() {
        HttpResponse<String> response = post("about", "condition=MIGRAINE&ageYears=abc&zip=1910");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("<title>Error: Step 1 of 6")
                .contains("class=\"error-summary\" role=\"alert\"")
                .contains("href=\"#f-ageYears\"")
                .contains("href=\"#f-zip\"")
                .contains("aria-describedby=\"h-zip e-zip\"")
                .contains("aria-invalid=\"true\"");
    }

    @Test
    void self_harm_shows_988_before_anything_else_on_the_result() {
        post("about", "condition=DEPRESSION&ageYears=40&zip=10001");
        post(
                "questionnaire",
                "phq_9_q1=1&phq_9_q2=2&phq_9_q3=1&phq_9_q4=1&phq_9_q5=0&phq_9_q6=1&phq_9_q7=0&phq_9_q8=0"
                        + "&phq_9_q9=1");
        String safety = get("/assessment/safety").body();
        assertThat(safety).as("PHQ-9 item 9 already asks about self-harm").doesNotContain("selfHarmThoughts");
        post("safety", noRisks());
        post("medicines", "medications=");
        String result = location(post("preferences", "setting=AT_HOME"));
        assertThat(result).startsWith("/assessment/results/");

        String page = get(result).body();
        String main = page.substring(page.indexOf("<main"));
        assertThat(main.indexOf("crisis-box")).isPositive().isLessThan(main.indexOf("<h1"));
        assertThat(main).contains("href=\"tel:988\"").contains("A clinician should look at your answers with you");
    }

    @Test
    void the_draft_is_cleared_after_the_result_and_an_unknown_result_is_not_found() {
        post("about", "condition=ANXIETY&ageYears=29&zip=94110");
        post("questionnaire", "gad_7_q1=0&gad_7_q2=0&gad_7_q3=0&gad_7_q4=0&gad_7_q5=0&gad_7_q6=0&gad_7_q7=0");
        post("safety", noRisks() + "&selfHarmThoughts=no");
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

    @Test
    void the_questionnaires_page_explains_why_hit6_questions_are_missing() {
        String page = get("/assessment/questionnaires").body();

        assertThat(page)
                .contains("Headache Impact Test (HIT-6)")
                .contains("The questions of this instrument are proprietary")
                .contains("No permission required to reproduce");
    }

    private static String noRisks() {
        return Stream.of(
                        "pregnant",
                        "uncontrolledHypertension",
                        "unstableHeartDisease",
                        "psychosisHistory",
                        "substanceUseDisorder",
                        "severeLiverDisease",
                        "raisedIntracranialOrIntraocularPressure")
                .map(name -> name + "=no")
                .collect(Collectors.joining("&"));
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
