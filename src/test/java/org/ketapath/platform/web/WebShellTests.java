package org.ketapath.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketapath.support.Http;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The whole application on embedded PostgreSQL, seen over HTTP as a browser and an API client see it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebShellTests {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void home_page_has_the_accessible_shell() {
        HttpResponse<String> home = http.get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(home.body())
                .contains("<html lang=\"en\"")
                .contains("class=\"skip-link\" href=\"#main\"")
                .contains("<header")
                .contains("<nav aria-label=\"Main\"")
                .contains("<main id=\"main\"")
                .contains("<footer")
                .contains("information only, not medical advice")
                .contains("In crisis? Call or text <a href=\"tel:988\">988</a>")
                .containsPattern("<script src=\"/webjars/htmx.org/[^\"]*htmx.min.js\" defer>")
                .doesNotContain("cdn.")
                .doesNotContain("<script>");
    }

    @Test
    void every_response_carries_the_security_headers() {
        HttpResponse<String> home = http.get("/");

        String csp = home.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'");
        assertThat(csp).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(home.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(home.headers().firstValue("X-Frame-Options")).hasValue("DENY");

        HttpResponse<String> missing = http.get("/api/v1/no-such-thing");
        assertThat(missing.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void pages_and_assets_are_compressed_for_browsers_that_ask() {
        for (String path : new String[] {"/", "/css/app.css"}) {
            HttpResponse<String> r = http.get(path, "Accept-Encoding", "gzip");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
        }
        assertThat(http.get("/").headers().firstValue("Content-Encoding")).isEmpty();
    }

    @Test
    void assets_are_served_by_the_application_itself() {
        assertThat(http.get("/webjars/htmx.org/dist/htmx.min.js").statusCode()).isEqualTo(200);
        assertThat(http.get("/css/app.css").body()).contains(":focus-visible");
        assertThat(http.get("/favicon.svg").statusCode()).isEqualTo(200);
    }

    @Test
    void unknown_page_gets_the_friendly_404_with_a_way_home() {
        HttpResponse<String> response = http.get("/no/such/page", "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .contains("Page not found")
                .contains("href=\"/\"")
                .contains("Go to the home page")
                .contains("In crisis? Call or text")
                .doesNotContain("Whitelabel")
                .doesNotContain("Exception");
    }

    @Test
    void unknown_api_address_answers_problem_json() {
        HttpResponse<String> response = http.get("/api/v1/no-such-thing", "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":404").contains("\"title\":\"Not Found\"");
    }

    @Test
    void malformed_uri_under_api_answers_problem_json_not_a_container_page() {
        HttpResponse<String> response = http.raw("/api/v1/%zz");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(response.body())
                .contains("\"status\":400")
                .doesNotContain("<html")
                .doesNotContain("Tomcat");
    }

    @Test
    void malformed_uri_for_a_page_answers_a_plain_page() {
        HttpResponse<String> response = http.raw("/%zz");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Go to the home page").doesNotContain("Tomcat");
    }

    @Test
    void unsupported_method_on_api_answers_problem_json() {
        HttpResponse<String> response = http.method("DELETE", "/api/v1/openapi.json");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void health_is_up_when_the_database_answers_and_metrics_are_exposed() {
        HttpResponse<String> health = http.get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");

        HttpResponse<String> metrics = http.get("/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
    }

    @Test
    void openapi_document_is_published() {
        HttpResponse<String> doc = http.get("/api/v1/openapi.json");

        assertThat(doc.statusCode()).isEqualTo(200);
        assertThat(doc.body()).contains("\"openapi\":\"3.");
    }
}
