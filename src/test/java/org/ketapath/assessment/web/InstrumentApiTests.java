package org.ketapath.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketapath.support.Http;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The instruments API over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InstrumentApiTests {

    static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void lists_every_instrument_with_item_count_and_licence() {
        HttpResponse<String> response = http.get("/api/v1/instruments");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode list = json.readTree(response.body());
        assertThat(list.size()).isEqualTo(5);
        JsonNode hit6 = find(list, "hit-6");
        assertThat(hit6.get("itemCount").asInt()).isEqualTo(6);
        assertThat(hit6.get("licence").asString()).contains("proprietary");
        assertThat(hit6.get("itemTextsAvailable").asBoolean()).isFalse();
        assertThat(find(list, "phq-9").get("licence").asString()).contains("No permission required");
        assertThat(find(list, "midas").get("itemCount").asInt()).isEqualTo(7);
    }

    @Test
    void scores_phq9_with_the_self_harm_flag() {
        HttpResponse<String> response = http.post(
                "/api/v1/instruments/phq-9/score",
                "{\"answers\":{\"q1\":3,\"q2\":3,\"q3\":2,\"q4\":2,\"q5\":1,\"q6\":1,\"q7\":0,\"q8\":0,\"q9\":1}}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()))
                .isEqualTo(
                        json.readTree(
                                "{\"instrument\":\"phq-9\",\"total\":13,\"band\":\"moderate\",\"flags\":[\"SELF_HARM_RISK\"]}"));
    }

    @Test
    void scores_midas_with_headache_days_and_average_pain_beside_the_total() {
        HttpResponse<String> response = http.post(
                "/api/v1/instruments/midas/score",
                "{\"answers\":{\"q1\":2,\"q2\":3,\"q3\":4,\"q4\":1,\"q5\":2,\"a\":30,\"b\":7}}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()))
                .isEqualTo(json.readTree("{\"instrument\":\"midas\",\"total\":12,\"band\":\"III\",\"flags\":[],"
                        + "\"headacheDays\":30,\"averagePain\":7}"));
    }

    @Test
    void scores_hit6_and_id_migraine() {
        HttpResponse<String> hit6 = http.post(
                "/api/v1/instruments/hit-6/score",
                "{\"answers\":{\"q1\":\"always\",\"q2\":\"very_often\",\"q3\":\"sometimes\",\"q4\":\"rarely\","
                        + "\"q5\":\"never\",\"q6\":\"always\"}}");
        HttpResponse<String> idMigraine = http.post(
                "/api/v1/instruments/id-migraine/score", "{\"answers\":{\"q1\":true,\"q2\":false,\"q3\":true}}");

        assertThat(json.readTree(hit6.body()).get("total").asInt()).isEqualTo(61);
        assertThat(json.readTree(hit6.body()).get("band").asString()).isEqualTo("severe");
        assertThat(json.readTree(idMigraine.body()).get("band").asString()).isEqualTo("positive");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "missing item | phq-9 | {\"answers\":{\"q1\":0,\"q2\":0,\"q3\":0,\"q4\":0,\"q5\":0,\"q6\":0,\"q7\":0,\"q8\":0}} | answers.q9",
                "extra unknown item | gad-7 | {\"answers\":{\"q1\":0,\"q2\":0,\"q3\":0,\"q4\":0,\"q5\":0,\"q6\":0,\"q7\":0,\"q8\":1}} | answers.q8",
                "wrong type | gad-7 | {\"answers\":{\"q1\":\"often\",\"q2\":0,\"q3\":0,\"q4\":0,\"q5\":0,\"q6\":0,\"q7\":0}} | answers.q1",
                "fraction | gad-7 | {\"answers\":{\"q1\":1.5,\"q2\":0,\"q3\":0,\"q4\":0,\"q5\":0,\"q6\":0,\"q7\":0}} | answers.q1",
                "out of range | phq-9 | {\"answers\":{\"q1\":0,\"q2\":0,\"q3\":0,\"q4\":0,\"q5\":0,\"q6\":0,\"q7\":0,\"q8\":0,\"q9\":4}} | answers.q9",
                "negative | midas | {\"answers\":{\"q1\":-1,\"q2\":0,\"q3\":0,\"q4\":0,\"q5\":0,\"a\":0,\"b\":0}} | answers.q1",
                "pain above 10 | midas | {\"answers\":{\"q1\":1,\"q2\":0,\"q3\":0,\"q4\":0,\"q5\":0,\"a\":0,\"b\":11}} | answers.b",
                "unknown choice | hit-6 | {\"answers\":{\"q1\":\"often\",\"q2\":\"never\",\"q3\":\"never\",\"q4\":\"never\",\"q5\":\"never\",\"q6\":\"never\"}} | answers.q1",
                "string for boolean | id-migraine | {\"answers\":{\"q1\":\"yes\",\"q2\":true,\"q3\":true}} | answers.q1",
                "null answer | id-migraine | {\"answers\":{\"q1\":null,\"q2\":true,\"q3\":true}} | answers.q1",
                "no answers at all | phq-9 | {} | answers",
                "answers not an object | phq-9 | {\"answers\":[1,2]} | answers"
            })
    void bad_answers_are_a_400_problem_naming_the_item(String why, String instrument, String body, String field) {
        HttpResponse<String> response = http.post("/api/v1/instruments/" + instrument + "/score", body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode errors = json.readTree(response.body()).get("errors");
        assertThat(errors.valueStream().map(e -> e.get("field").asString())).contains(field);
    }

    @Test
    void an_instrument_definition_has_answer_options_but_no_proprietary_texts() {
        JsonNode hit6 = json.readTree(http.get("/api/v1/instruments/hit-6").body());
        JsonNode phq9 = json.readTree(http.get("/api/v1/instruments/phq-9").body());

        assertThat(hit6.get("items").size()).isEqualTo(6);
        assertThat(hit6.get("items").get(0).get("text").isNull()).isTrue();
        assertThat(hit6.get("items").get(0).get("options").get(4).get("points").asInt())
                .isEqualTo(13);
        assertThat(phq9.get("items").get(8).get("text").asString())
                .startsWith("Thoughts that you would be better off dead");
        assertThat(phq9.get("items").get(8).get("options").get(3).get("label").asString())
                .isEqualTo("Nearly every day");
        assertThat(http.get("/api/v1/instruments/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void unknown_instrument_is_a_404_problem() {
        HttpResponse<String> response = http.post("/api/v1/instruments/phq-10/score", "{\"answers\":{}}");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":404");
    }

    @Test
    void markup_in_an_unknown_item_name_is_never_echoed() {
        HttpResponse<String> response = http.post(
                "/api/v1/instruments/id-migraine/score",
                "{\"answers\":{\"q1\":true,\"q2\":true,\"q3\":true," + "\"<script>x</script>\":1}}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("<script>");
    }

    private static JsonNode find(JsonNode list, String id) {
        return list.valueStream()
                .filter(node -> node.get("id").asString().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
