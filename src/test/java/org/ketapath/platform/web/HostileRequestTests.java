package org.ketapath.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ketapath.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Broken text at the edge, for every endpoint: query strings that are not UTF-8, control characters in
 * parameters, form fields, JSON names and values and headers, and request lines Tomcat itself refuses. Each is
 * a 400 (problem+json naming the field under /api/, the friendly page elsewhere) with the security headers, and
 * nothing sent appears in the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class HostileRequestTests {

    static final String CLINIC = "c0000000-0000-4000-8000-000000000001";
    static final String CANARY = "Canary-Zolpidem-7731";

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void a_query_string_that_is_not_utf8_is_a_400_for_every_endpoint_and_is_not_logged(CapturedOutput output) {
        List<String> checked = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            String path = endpoint.path() + "?zip=%ED%A0%80&" + CANARY + "=%C3%28";
            HttpResponse<String> response = http.raw(endpoint.method(), path, new byte[0], "Accept: text/html");
            assertRefused(response, endpoint.path());
            checked.add(endpoint.method() + " " + endpoint.path());
        }
        assertThat(checked)
                .as("the endpoints the issue names are among those checked")
                .contains(
                        "GET /api/v1/providers",
                        "GET /api/v1/slots/soonest",
                        "GET /api/v1/providers/" + CLINIC + "/availability",
                        "GET /providers",
                        "POST /sign-in");
        assertThat(output.getAll()).doesNotContain(CANARY).doesNotContain("Character decoding failed");
        assertThat(output.getAll()).doesNotContainPattern("(?m)^\\S+\\s+ERROR ");
    }

    @Test
    void a_control_character_in_any_json_string_or_name_is_a_400_naming_the_field_for_every_json_endpoint(
            CapturedOutput output) {
        String body = """
                {"note":"fine","medications":["%s\\u0000line"],"screens":{"phq-9":{"q1\\u0007":1}},"x":"\\ud800"}
                """.formatted(CANARY);
        int checked = 0;
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.method().equals("GET") || !endpoint.path().startsWith("/api/")) {
                continue;
            }
            HttpResponse<String> response = http.send(endpoint.method(), endpoint.path(), body);
            assertProblem(response, 400, endpoint.path());
            assertThat(response.body())
                    .as(endpoint.path())
                    .contains("\"field\":\"medications[0]\"")
                    .contains("\"field\":\"screens.phq-9.(property name)\"")
                    .contains("\"field\":\"x\"")
                    .doesNotContain("\"field\":\"note\"")
                    .doesNotContain(CANARY);
            checked++;
        }
        assertThat(checked).as("JSON endpoints checked").isGreaterThan(15);
        assertThat(output.getAll()).doesNotContain(CANARY).doesNotContainPattern("(?m)^\\S+\\s+ERROR ");
    }

    @Test
    void the_assessment_with_a_nul_in_a_medication_is_refused_and_no_part_of_the_intake_is_logged(
            CapturedOutput output) {
        String intake = """
                {"condition":"DEPRESSION","ageYears":40,"zip":"19107",
                 "screens":{"phq-9":{"q1":3,"q2":3,"q3":1,"q4":1,"q5":1,"q6":1,"q7":1,"q8":1,"q9":0}},
                 "medications":["%s\\u0000x"],
                 "safety":{"pregnant":false,"uncontrolledHypertension":false,"psychosisHistory":false,
                   "substanceUseDisorder":false,"severeLiverDisease":false,
                   "raisedIntracranialOrIntraocularPressure":false,"unstableHeartDisease":false},
                 "preferences":{"setting":"EITHER","maxDistanceMiles":50}}
                """.formatted(CANARY);

        HttpResponse<String> response = http.post("/api/v1/assessments", intake);

        assertProblem(response, 400, "/api/v1/assessments");
        assertThat(response.body()).contains("\"field\":\"medications[0]\"").doesNotContain(CANARY);
        assertThat(output.getAll())
                .doesNotContain(CANARY)
                .doesNotContain("\"q1\":3")
                .doesNotContainPattern("(?m)^\\S+\\s+ERROR ");
    }

    @Test
    void a_control_character_in_a_form_field_or_query_parameter_is_a_friendly_400_page_naming_the_field() {
        byte[] form = ("email=a%40example.test&givenName=Ada%00&password=" + CANARY).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> posted = http.raw(
                "POST", "/register", form, "Content-Type: application/x-www-form-urlencoded", "Accept: text/html");

        assertRefused(posted, "/register");
        Document page = Jsoup.parse(posted.body());
        assertThat(page.select("main li").text()).contains("givenName").contains("not allowed");
        assertThat(posted.body()).doesNotContain(CANARY);

        HttpResponse<String> query = http.get("/api/v1/providers?zip=191%0107");
        assertProblem(query, 400, "/api/v1/providers");
        assertThat(query.body()).contains("\"field\":\"zip\"");
    }

    @Test
    void a_control_character_in_a_header_is_a_400_naming_the_header_and_not_logged(CapturedOutput output) {
        byte[] key = ("Idempotency-Key: " + CANARY + "\u0085").getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> response = http.raw(
                "POST",
                "/api/v1/appointments",
                "{}".getBytes(StandardCharsets.UTF_8),
                new String(key, StandardCharsets.ISO_8859_1),
                "Content-Type: application/json");

        assertProblem(response, 400, "/api/v1/appointments");
        assertThat(response.body()).contains("\"field\":\"Idempotency-Key\"").doesNotContain(CANARY);
        assertThat(output.getAll()).doesNotContain(CANARY).doesNotContainPattern("(?m)^\\S+\\s+ERROR ");
    }

    @Test
    void requests_tomcat_refuses_answer_problem_json_under_api_and_a_page_elsewhere_with_the_headers(
            CapturedOutput output) {
        String longQuery = "?zip=" + CANARY + "a".repeat(9000);
        for (String path : List.of("/api/v1/providers?zip=<" + CANARY + ">", "/api/v1/providers" + longQuery)) {
            HttpResponse<String> response = http.raw(path);
            assertProblem(response, 400, path.substring(0, 30));
            assertHeaders(response, path.substring(0, 30));
        }
        for (String path : List.of("/providers?zip=<" + CANARY + ">", "/providers" + longQuery)) {
            HttpResponse<String> response = http.raw(path);
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
            assertThat(response.body()).contains("Go to the home page");
            assertHeaders(response, path.substring(0, 20));
        }
        assertThat(output.getAll()).doesNotContain(CANARY);
    }

    @Test
    void requests_the_firewall_refuses_carry_the_security_headers() {
        HttpResponse<String> api = http.raw("/api/v1/providers/..;/x");
        assertProblem(api, 400, "firewall");
        assertHeaders(api, "firewall, api");

        HttpResponse<String> page = http.raw("/providers/..;/x");
        assertThat(page.statusCode()).isEqualTo(400);
        assertHeaders(page, "firewall, page");
    }

    private void assertRefused(HttpResponse<String> response, String path) {
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(400);
        assertHeaders(response, path);
        if (path.startsWith("/api/")) {
            assertThat(response.headers().firstValue("Content-Type"))
                    .as(path)
                    .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        } else {
            assertThat(response.headers().firstValue("Content-Type"))
                    .as(path)
                    .hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
            assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("That request did not work");
        }
        assertThat(response.body()).doesNotContain(CANARY);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String what) {
        assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .as(what)
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("<html");
    }

    private static void assertHeaders(HttpResponse<String> response, String what) {
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .as(what)
                .hasValueSatisfying(v -> assertThat(v).contains("frame-ancestors 'none'"));
        assertThat(response.headers().firstValue("X-Content-Type-Options"))
                .as(what)
                .hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy"))
                .as(what)
                .hasValue("strict-origin-when-cross-origin");
    }

    record Endpoint(String method, String path) {}

    /** Every controller endpoint of the application, path variables filled with the demo clinic's id. */
    private List<Endpoint> endpoints() {
        List<Endpoint> list = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (pattern.contains("*")) {
                    continue;
                }
                String path = pattern.replaceAll("\\{[^}]+}", CLINIC);
                if (methods.isEmpty()) {
                    list.add(new Endpoint("GET", path));
                }
                for (RequestMethod method : methods) {
                    list.add(new Endpoint(method.name(), path));
                }
            }
        }
        return list;
    }
}
