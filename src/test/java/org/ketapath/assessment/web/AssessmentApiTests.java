package org.ketapath.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketapath.assessment.AssessmentApi;
import org.ketapath.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Taking the assessment over real HTTP, reading results back, expiry and attaching to an account. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssessmentApiTests {

    static final JsonMapper json = JsonMapper.builder().build();

    static final String ISSUE_EXAMPLE = """
            { "condition": "MIGRAINE", "ageYears": 34, "zip": "19107",
              "migraine": {"headacheDaysPerMonth": 18, "averagePain": 7, "preventiveClassesTried": 3,
                           "acuteMedicationDaysPerMonth": 12},
              "screens": {"phq-9": {"q1":1,"q2":1,"q3":1,"q4":1,"q5":0,"q6":0,"q7":0,"q8":0,"q9":0},
                          "midas": {"q1":2,"q2":3,"q3":4,"q4":1,"q5":2,"a":30,"b":7}},
              "medications": ["Xanax 0.5 mg", "lamictal"],
              "safety": {"pregnant": false, "uncontrolledHypertension": false, "psychosisHistory": false,
                         "substanceUseDisorder": false, "severeLiverDisease": false,
                         "raisedIntracranialOrIntraocularPressure": false, "unstableHeartDisease": false},
              "preferences": {"setting": "IN_CLINIC", "maxDistanceMiles": 50} }
            """;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AssessmentApi assessmentApi;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void the_issue_example_needs_a_clinician_because_of_its_medicines() {
        HttpResponse<String> response = http.post("/api/v1/assessments", ISSUE_EXAMPLE);

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode result = json.readTree(response.body());
        assertThat(result.get("id").asString()).matches("[A-Za-z0-9_-]{22}");
        assertThat(response.headers().firstValue("Location"))
                .hasValue("/api/v1/assessments/" + result.get("id").asString());
        assertThat(result.get("outcome").asString()).isEqualTo("CLINICIAN_REVIEW");
        assertThat(result.get("refractoryMigraine").asBoolean()).isTrue();
        assertThat(result.get("crisisSupport").asBoolean()).isFalse();
        assertThat(result.get("interactions").toString())
                .contains("{\"medication\":\"Xanax 0.5 mg\",\"drugClass\":\"BENZODIAZEPINE\"")
                .contains("{\"medication\":\"lamictal\",\"drugClass\":\"LAMOTRIGINE\"");
        assertThat(result.get("reasons").valueStream().map(r -> r.get("code").asString()))
                .contains("MEDICATION_INTERACTIONS", "REFRACTORY_MIGRAINE", "MEDICATION_OVERUSE_RISK");
        assertThat(result.get("reasons").get(0).get("source").asString()).isNotBlank();
        assertThat(result.get("scores").toString())
                .contains("{\"instrument\":\"phq-9\",\"total\":4,\"band\":\"minimal\",\"flags\":[]}")
                .contains("\"headacheDays\":30,\"averagePain\":7");
        assertThat(result.get("nextSteps").size()).isGreaterThan(0);
    }

    @Test
    void interactions_keep_their_first_fields_and_add_the_class_in_words_the_match_and_linked_sources() {
        String body = ISSUE_EXAMPLE.replace("\"lamictal\"]", "\"lamictal\", \"Tylenol #3\", \"alprazolom\"]");

        JsonNode result = json.readTree(http.post("/api/v1/assessments", body).body());

        JsonNode interactions = result.get("interactions");
        assertThat(interactions
                        .valueStream()
                        .map(i -> i.get("medication").asString() + "="
                                + i.get("drugClass").asString()))
                .containsExactly(
                        "Xanax 0.5 mg=BENZODIAZEPINE",
                        "lamictal=LAMOTRIGINE",
                        "Tylenol #3=OPIOID",
                        "alprazolom=BENZODIAZEPINE");
        JsonNode misspelt = interactions.get(3);
        assertThat(misspelt.get("effect").asString()).startsWith("Read as alprazolam");
        assertThat(misspelt.get("classLabel").asString()).isEqualTo("benzodiazepine");
        assertThat(misspelt.get("matchedName").asString()).isEqualTo("alprazolam");
        assertThat(misspelt.get("match").asString()).isEqualTo("CLOSE_SPELLING");
        assertThat(misspelt.get("evidence").asString()).contains("depression");
        assertThat(misspelt.get("sources").valueStream().map(s -> s.get("url").asString()))
                .allMatch(url -> url.startsWith("https://"))
                .contains("https://doi.org/10.3389/fpsyt.2020.00844");
        assertThat(result.get("nextSteps").valueStream().map(JsonNode::asString))
                .anyMatch(step -> step.contains("not a diagnosis") && step.contains("Never stop or change a medicine"));
        assertThat(http.get("/api/v1/openapi.json").body())
                .contains("\"classLabel\"", "\"matchedName\"", "\"CLOSE_SPELLING\"", "\"InteractionSource\"");
    }

    @Test
    void an_adult_with_refractory_migraine_and_nothing_against_it_is_a_likely_candidate() {
        JsonNode result = json.readTree(
                http.post("/api/v1/assessments", likelyCandidate()).body());

        assertThat(result.get("outcome").asString()).isEqualTo("LIKELY_CANDIDATE");
        assertThat(result.get("interactions").size()).isZero();
    }

    @Test
    void self_harm_on_phq9_brings_crisis_support_and_never_likely_candidate() {
        String body = likelyCandidate()
                .replace(
                        "\"screens\": {}",
                        "\"screens\": {\"phq-9\": {\"q1\":0,\"q2\":0,\"q3\":0,\"q4\":0,\"q5\":0,"
                                + "\"q6\":0,\"q7\":0,\"q8\":0,\"q9\":2}}");

        JsonNode result = json.readTree(http.post("/api/v1/assessments", body).body());

        assertThat(result.get("crisisSupport").asBoolean()).isTrue();
        assertThat(result.get("outcome").asString()).isEqualTo("CLINICIAN_REVIEW");
        assertThat(result.get("nextSteps").get(0).asString()).contains("988");
    }

    @Test
    void a_result_is_retrievable_by_its_id_until_it_expires() {
        String id = json.readTree(
                        http.post("/api/v1/assessments", likelyCandidate()).body())
                .get("id")
                .asString();

        HttpResponse<String> found = http.get("/api/v1/assessments/" + id);
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(json.readTree(found.body()).get("id").asString()).isEqualTo(id);
        assertThat(json.readTree(found.body()).get("outcome").asString()).isEqualTo("LIKELY_CANDIDATE");

        jdbc.sql("update assessment_result set created_at = now() - interval '25 hours',"
                        + " expires_at = now() - interval '1 hour' where owner_account_id is null")
                .update();
        HttpResponse<String> expired = http.get("/api/v1/assessments/" + id);
        assertThat(expired.statusCode()).isEqualTo(404);
        assertThat(expired.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void a_stored_result_reads_back_exactly_as_it_was_given() {
        HttpResponse<String> created = http.post("/api/v1/assessments", ISSUE_EXAMPLE);
        String id = json.readTree(created.body()).get("id").asString();

        HttpResponse<String> found = http.get("/api/v1/assessments/" + id);

        assertThat(json.readTree(found.body())).isEqualTo(json.readTree(created.body()));
        assertThat(found.body()).contains("\"headacheDays\":30");
    }

    @Test
    void the_database_refuses_an_anonymous_result_that_never_expires_or_an_unknown_outcome() {
        String insert = "insert into assessment_result (token_hash, condition, outcome, crisis_support, intake, result,"
                + " created_at, expires_at) values (:hash, 'MIGRAINE', :outcome, false, '{}'::jsonb, '{}'::jsonb, now(), "
                + ":expires)";

        assertThatThrownBy(() -> jdbc.sql(insert)
                        .param("hash", new byte[32])
                        .param("outcome", "LIKELY_CANDIDATE")
                        .param("expires", null, java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql(insert)
                        .param("hash", new byte[32])
                        .param("outcome", "MAYBE")
                        .param(
                                "expires",
                                java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(60)))
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void the_api_is_described_in_the_openapi_document() {
        assertThat(http.get("/api/v1/openapi.json").body())
                .contains("/api/v1/assessments/{id}")
                .contains("/api/v1/instruments/{id}/score");
    }

    @Test
    void the_token_is_never_stored_in_the_clear() {
        String id = json.readTree(
                        http.post("/api/v1/assessments", likelyCandidate()).body())
                .get("id")
                .asString();

        Long mentions = jdbc.sql(
                        "select count(*) from assessment_result where result::text like :id or intake::text like :id")
                .param("id", "%" + id + "%")
                .query(Long.class)
                .single();
        assertThat(mentions).isZero();
    }

    @ParameterizedTest
    @CsvSource({"AAAAAAAAAAAAAAAAAAAAAA", "not-a-token", "1"})
    void unknown_or_malformed_ids_are_404(String id) {
        HttpResponse<String> response = http.get("/api/v1/assessments/" + id);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void a_result_attached_to_an_account_is_no_longer_open_to_anyone_with_the_id() {
        String id = json.readTree(
                        http.post("/api/v1/assessments", likelyCandidate()).body())
                .get("id")
                .asString();
        UUID account = UUID.randomUUID();

        assertThat(assessmentApi.attachToAccount(id, account)).isTrue();

        assertThat(assessmentApi.isOwnedBy(id, account)).isTrue();
        assertThat(assessmentApi.isOwnedBy(id, UUID.randomUUID())).isFalse();
        assertThat(assessmentApi.attachToAccount(id, UUID.randomUUID()))
                .as("second attach")
                .isFalse();
        assertThat(http.get("/api/v1/assessments/" + id).statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("select expires_at is null from assessment_result where owner_account_id = :a")
                        .param("a", account)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "no condition | \"condition\": \"MIGRAINE\", | condition",
                "unknown condition | \"condition\": \"MIGRAINE\" | condition",
                "no age | \"ageYears\": 34, | ageYears",
                "age out of range | \"ageYears\": 34 | ageYears",
                "age not a number | \"ageYears\": 34 | ageYears",
                "short zip | \"zip\": \"19107\" | zip",
                "zip with letters | \"zip\": \"19107\" | zip",
                "no pregnancy answer | \"pregnant\": false, | safety.pregnant",
                "pregnancy not a boolean | \"pregnant\": false | safety.pregnant",
                "no migraine for migraine | \"migraine\": {\"headacheDaysPerMonth\": 18, \"averagePain\": 7, \"preventiveClassesTried\": 3, \"acuteMedicationDaysPerMonth\": 2}, | migraine",
                "pain above 10 | \"averagePain\": 7 | migraine.averagePain",
                "screen out of range | \"screens\": {} | screens.phq-9.q9",
                "unknown screen | \"screens\": {} | screens.phq-10",
                "no distance for a clinic | \"maxDistanceMiles\": 50 | preferences.maxDistanceMiles",
                "medication not a string | \"medications\": [] | medications[0]"
            })
    void invalid_intake_is_a_400_naming_the_field(String why, String find, String field) {
        String body = likelyCandidate().replace(find, replacement(why, find));

        HttpResponse<String> response = http.post("/api/v1/assessments", body);

        assertThat(response.statusCode()).as(body).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(response.body())
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("field").asString()))
                .contains(field);
    }

    private static String replacement(String why, String find) {
        switch (why) {
            case "unknown condition":
                return "\"condition\": \"FLU\"";
            case "age out of range":
                return "\"ageYears\": 130";
            case "age not a number":
                return "\"ageYears\": \"thirty\"";
            case "short zip":
                return "\"zip\": \"1910\"";
            case "zip with letters":
                return "\"zip\": \"1910A\"";
            case "pregnancy not a boolean":
                return "\"pregnant\": \"maybe\"";
            case "pain above 10":
                return "\"averagePain\": 11";
            case "screen out of range":
                return "\"screens\": {\"phq-9\": {\"q1\":0,\"q2\":0,\"q3\":0,\"q4\":0,\"q5\":0,\"q6\":0,\"q7\":0,\"q8\":0,\"q9\":9}}";
            case "unknown screen":
                return "\"screens\": {\"phq-10\": {}}";
            case "no distance for a clinic":
                return "\"maxDistanceMiles\": null";
            case "medication not a string":
                return "\"medications\": [{\"name\": \"x\"}]";
            default:
                return "";
        }
    }

    static String likelyCandidate() {
        return """
                { "condition": "MIGRAINE", "ageYears": 34, "zip": "19107",
                  "migraine": {"headacheDaysPerMonth": 18, "averagePain": 7, "preventiveClassesTried": 3, "acuteMedicationDaysPerMonth": 2},
                  "screens": {},
                  "medications": [],
                  "safety": {"pregnant": false, "uncontrolledHypertension": false, "psychosisHistory": false,
                             "substanceUseDisorder": false, "severeLiverDisease": false,
                             "raisedIntracranialOrIntraocularPressure": false, "unstableHeartDisease": false},
                  "preferences": {"setting": "IN_CLINIC", "maxDistanceMiles": 50} }
                """;
    }
}
