package org.ketapath.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ketapath.support.Http;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** How an API controller's failures reach the client: problem+json naming the field, never a stack trace. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ApiProblemTests {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void malformed_json_is_a_400_problem() {
        HttpResponse<String> response = http.post("/api/test/people", "{\"name\": ");

        assertProblem(response, 400);
        assertThat(response.body()).contains("not valid JSON");
    }

    @Test
    void wrong_type_names_the_field() {
        HttpResponse<String> response = http.post("/api/test/people", "{\"name\":\"A\",\"birthDate\":\"yesterday\"}");

        assertProblem(response, 400);
        assertThat(response.body()).contains("\"field\":\"birthDate\"").doesNotContain("yesterday");
    }

    @Test
    void failed_validation_names_each_field() {
        HttpResponse<String> response = http.post("/api/test/people", "{\"name\":\"\",\"birthDate\":\"1990-01-01\"}");

        assertProblem(response, 400);
        assertThat(response.body()).contains("\"field\":\"name\"");
    }

    @Test
    void bad_query_parameter_names_the_parameter() {
        HttpResponse<String> wrongType = http.get("/api/test/count?size=many");
        assertProblem(wrongType, 400);
        assertThat(wrongType.body()).contains("\"field\":\"size\"");

        HttpResponse<String> outOfRange = http.get("/api/test/count?size=1000");
        assertProblem(outOfRange, 400);
        assertThat(outOfRange.body()).contains("\"field\":\"size\"");

        HttpResponse<String> missing = http.get("/api/test/count");
        assertProblem(missing, 400);
        assertThat(missing.body()).contains("\"field\":\"size\"");
    }

    @Test
    void domain_input_error_names_the_field() {
        HttpResponse<String> response = http.get("/api/test/count?size=13");

        assertProblem(response, 400);
        assertThat(response.body()).contains("\"field\":\"size\"").contains("unlucky");
    }

    @Test
    void wrong_content_type_is_a_415_problem() {
        HttpResponse<String> response = http.post("/api/test/people", "x", "Content-Type", "text/plain");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void unexpected_failure_is_a_500_problem_with_a_reference_and_no_detail_of_the_cause() {
        HttpResponse<String> response = http.get("/api/test/boom");

        assertProblem(response, 500);
        assertThat(response.body())
                .contains("\"reference\":")
                .doesNotContain("secret-internal-detail")
                .doesNotContain("IllegalStateException")
                .doesNotContain("\tat ");
    }

    @Test
    void unexpected_failure_on_a_page_shows_the_friendly_500_page() {
        HttpResponse<String> response = http.get("/test/page-boom", "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body())
                .contains("Something went wrong")
                .contains("Go to the home page")
                .doesNotContain("secret-internal-detail");
    }

    @Test
    void unexpected_failures_are_logged_with_a_reference_but_without_their_message(CapturedOutput output) {
        HttpResponse<String> api = http.get("/api/test/boom");
        HttpResponse<String> page = http.get("/test/page-boom", "Accept", "text/html");

        assertThat(api.statusCode()).isEqualTo(500);
        assertThat(page.statusCode()).isEqualTo(500);
        String reference = api.body().replaceAll(".*\"reference\":\"([0-9a-f-]{36})\".*", "$1");
        assertThat(output.getAll())
                .contains("reference " + reference)
                .contains("java.lang.IllegalStateException [message withheld")
                .contains("at org.ketapath.platform.web.ApiProblemTests$TestPages.boom")
                .doesNotContain("secret-internal-detail");
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":" + status).doesNotContain("<html");
    }

    @TestConfiguration
    @Import({TestApi.class, TestPages.class})
    static class Endpoints {

        /** The test endpoints are open to anonymous callers, as a module would declare its public routes. */
        @org.springframework.context.annotation.Bean
        PublicRoutes testRoutes() {
            return PublicRoutes.of("/api/test/**", "/test/**");
        }
    }

    record Person(@NotBlank String name, LocalDate birthDate) {}

    @RestController
    static class TestApi {

        @PostMapping("/api/test/people")
        Person create(@Valid @RequestBody Person person) {
            return person;
        }

        @GetMapping("/api/test/count")
        int count(@RequestParam @Min(1) @Max(100) int size) {
            if (size == 13) {
                throw new InvalidInputException("size", "is unlucky");
            }
            return size;
        }

        @GetMapping("/api/test/boom")
        String boom() {
            throw new IllegalStateException("secret-internal-detail");
        }
    }

    @org.springframework.stereotype.Controller
    static class TestPages {

        @GetMapping("/test/page-boom")
        String boom() {
            throw new IllegalStateException("secret-internal-detail");
        }
    }
}
