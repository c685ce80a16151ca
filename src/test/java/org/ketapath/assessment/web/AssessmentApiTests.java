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
    void a_first_version_request_still_works_and_lists_what_it_did_not_report() {
        HttpResponse<String> response = http.post("/api/v1/assessments", ISSUE_EXAMPLE);

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode result = json.readTree(response.body());
        assertThat(result.get("id").asString()).matches("[A-Za-z0-9_-]{22}");
        assertThat(response.headers().firstValue("Location"))
                .hasValue("/api/v1/assessments/" + result.get("id").asString());
        assertThat(result.get("outcome").asString()).isEqualTo("CLINICIAN_REVIEW");
        // Without months, disabling days and triptans, neither EHF definition can be met.
        assertThat(result.get("resistantMigraine").asBoolean()).isFalse();
        assertThat(result.get("refractoryMigraine").asBoolean()).isFalse();
        assertThat(result.get("urgentCare").asBoolean()).isFalse();
        assertThat(result.get("crisisSupport").asBoolean()).isFalse();
        assertThat(result.get("interactions").toString())
                .contains("{\"medication\":\"Xanax 0.5 mg\",\"drugClass\":\"BENZODIAZEPINE\"")
                .contains("{\"medication\":\"lamictal\",\"drugClass\":\"LAMOTRIGINE\"");
        assertThat(result.get("reasons").valueStream().map(r -> r.get("code").asString()))
                .contains(
                        "MEDICATION_INTERACTIONS",
                        "MIGRAINE_NOT_RESISTANT",
                        "MEDICATION_OVERUSE",
                        "SAFETY_QUESTIONS_NOT_ANSWERED",
                        "MIGRAINE_SCREEN_MISSING");
        assertThat(result.get("unanswered")
                        .valueStream()
                        .map(u -> u.get("field").asString()))
                .contains(
                        "safety.activePsychosis",
                        "safety.ketamineAllergy",
                        "redFlags.thunderclap",
                        "migraine.triptansTried",
                        "safety.bloodPressure")
                .doesNotContain("safety.pregnant", "redFlags.newAfter50");
        assertThat(result.get("reasons").get(0).get("source").asString()).isNotBlank();
        assertThat(result.get("scores").toString())
                .contains("{\"instrument\":\"phq-9\",\"total\":4,\"band\":\"minimal\",\"flags\":[]}")
                .contains("\"headacheDays\":30,\"averagePain\":7");
        assertThat(result.get("nextSteps").size()).isGreaterThan(0);
    }

    @Test
    void every_reason_cites_public_sources_never_our_own_files() {
        JsonNode result =
                json.readTree(http.post("/api/v1/assessments", ISSUE_EXAMPLE).body());

        assertThat(result.get("reasons").valueStream()).allSatisfy(reason -> {
            assertThat(reason.get("source").asString()).doesNotContain(".json", "assessment/");
            assertThat(reason.get("citations").valueStream())
                    .isNotEmpty()
                    .allSatisfy(c -> assertThat(c.get("url").asString()).startsWith("https://"));
        });
        JsonNode interactions = result.get("reasons")
                .valueStream()
                .filter(r -> r.get("code").asString().equals("MEDICATION_INTERACTIONS"))
                .findFirst()
                .orElseThrow();
        assertThat(interactions.get("source").asString())
                .contains("section 7 Drug interactions", "doi:10.4088/JCP.17f11802", "doi:10.3389/fpsyt.2020.00844");
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
    void an_adult_with_resistant_migraine_and_nothing_against_it_is_a_likely_candidate() {
        JsonNode result = json.readTree(
                http.post("/api/v1/assessments", likelyCandidate()).body());

        assertThat(result.get("outcome").asString()).isEqualTo("LIKELY_CANDIDATE");
        assertThat(result.get("resistantMigraine").asBoolean()).isTrue();
        assertThat(result.get("refractoryMigraine").asBoolean()).isFalse();
        assertThat(result.get("urgentCare").asBoolean()).isFalse();
        assertThat(result.get("unanswered").size()).isZero();
        assertThat(result.get("interactions").size()).isZero();
        assertThat(result.get("reasons").valueStream().map(r -> r.get("code").asString()))
                .contains("RESISTANT_MIGRAINE", "MIGRAINE_EVIDENCE_IS_WEAK");
    }

    @Test
    void every_preventive_class_tried_for_six_months_is_refractory_and_each_definition_is_cited() {
        String body = likelyCandidate()
                .replace("\"monthsAtThisFrequency\": 4", "\"monthsAtThisFrequency\": 6")
                .replace("\"allPreventiveClassesTried\": false", "\"allPreventiveClassesTried\": true");

        JsonNode result = json.readTree(http.post("/api/v1/assessments", body).body());

        assertThat(result.get("resistantMigraine").asBoolean()).isTrue();
        assertThat(result.get("refractoryMigraine").asBoolean()).isTrue();
        assertThat(result.get("reasons").valueStream().map(r -> r.get("code").asString()))
                .contains("REFRACTORY_MIGRAINE")
                .doesNotContain("RESISTANT_MIGRAINE");
        assertThat(result.get("definitions")
                        .valueStream()
                        .map(d -> d.get("field").asString()))
                .containsExactly("resistantMigraine", "refractoryMigraine", "urgentCare");
        assertThat(result.get("definitions").get(0).toString())
                .contains(
                        "at least 3 classes",
                        "at least 3 consecutive months",
                        "https://doi.org/10.1186/s10194-020-01130-5");
        assertThat(result.get("definitions").get(1).toString())
                .contains("every available class", "at least 6 consecutive months", "PMID 32546227");
        assertThat(result.get("definitions").get(2).toString()).contains("911", "10.1212/WNL.0000000000006697");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"thunderclap", "neurologicalSymptoms"})
    void a_headache_emergency_sign_sets_urgent_care_and_puts_911_first(String flag) {
        String body = likelyCandidate().replace("\"" + flag + "\": false", "\"" + flag + "\": true");

        JsonNode result = json.readTree(http.post("/api/v1/assessments", body).body());

        assertThat(result.get("urgentCare").asBoolean()).isTrue();
        assertThat(result.get("outcome").asString()).isEqualTo("NOT_SUITABLE_NOW");
        assertThat(result.get("reasons").get(0).get("code").asString()).isEqualTo("HEADACHE_EMERGENCY_SIGNS");
        assertThat(result.get("nextSteps").get(0).asString()).contains("911");
        assertThat(result.get("nextSteps").valueStream().map(JsonNode::asString))
                .noneMatch(s -> s.contains("Book"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "\"patternChanged\": false | \"patternChanged\": true | CLINICIAN_REVIEW | HEADACHE_WARNING_SIGNS",
                "\"ageYears\": 34 | \"ageYears\": 70 | CLINICIAN_REVIEW | AGE_65_OR_OLDER",
                "\"newAfter50\": false, | '' | LIKELY_CANDIDATE | RESISTANT_MIGRAINE",
                "\"bloodPressure\": {\"systolic\": 122, \"diastolic\": 78} | \"bloodPressure\": {\"systolic\": 182, \"diastolic\": 95} | NOT_SUITABLE_NOW | BLOOD_PRESSURE_TOO_HIGH",
                "\"bloodPressure\": {\"systolic\": 122, \"diastolic\": 78} | \"bloodPressure\": {\"systolic\": 150, \"diastolic\": 95} | CLINICIAN_REVIEW | BLOOD_PRESSURE_RAISED",
                "\"activePsychosis\": false | \"activePsychosis\": true | NOT_SUITABLE_NOW | ACTIVE_PSYCHOSIS",
                "\"ketamineAllergy\": false | \"ketamineAllergy\": true | NOT_SUITABLE_NOW | KETAMINE_ALLERGY",
                "\"activePsychosis\": false, | '' | CLINICIAN_REVIEW | SAFETY_QUESTIONS_NOT_ANSWERED"
            })
    void new_fields_change_the_verdict(String find, String replace, String outcome, String code) {
        String body = likelyCandidate().replace(find, replace);

        JsonNode result = json.readTree(http.post("/api/v1/assessments", body).body());

        assertThat(result.get("outcome").asString()).as(body).isEqualTo(outcome);
        assertThat(result.get("reasons").valueStream().map(r -> r.get("code").asString()))
                .contains(code);
    }

    @Test
    void a_result_stored_before_the_new_fields_still_reads_back() {
        String id = json.readTree(
                        http.post("/api/v1/assessments", likelyCandidate()).body())
                .get("id")
                .asString();
        jdbc.sql(
                        "update assessment_result set result = result - 'urgentCare' - 'resistantMigraine' - 'unanswered'"
                                + " - 'definitions' where owner_account_id is null and created_at > now() - interval '1 minute'")
                .update();

        HttpResponse<String> found = http.get("/api/v1/assessments/" + id);

        assertThat(found.statusCode()).isEqualTo(200);
        JsonNode result = json.readTree(found.body());
        assertThat(result.get("urgentCare").asBoolean()).isFalse();
        assertThat(result.get("resistantMigraine").asBoolean()).isFalse();
        assertThat(result.get("unanswered").size()).isZero();
    }

    @Test
    void self_harm_on_phq9_brings_crisis_support_and_never_likely_candidate() {
        String body = likelyCandidate()
                .replace(
                        "\"screens\": {",
                        "\"screens\": {\"phq-9\": {\"q1\":0,\"q2\":0,\"q3\":0,\"q4\":0,\"q5\":0,"
                                + "\"q6\":0,\"q7\":0,\"q8\":0,\"q9\":2}, ");

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
        JsonNode schemas = json.readTree(http.get("/api/v1/openapi.json").body())
                .get("components")
                .get("schemas");

        assertThat(http.get("/api/v1/openapi.json").body())
                .contains("/api/v1/assessments/{id}")
                .contains("/api/v1/instruments/{id}/score");
        assertThat(schemas.get("Intake").get("properties").has("redFlags")).isTrue();
        assertThat(schemas.get("Migraine").get("properties").propertyNames())
                .contains(
                        "monthsAtThisFrequency",
                        "debilitatingDaysPerMonth",
                        "allPreventiveClassesTried",
                        "triptansTried");
        assertThat(schemas.get("Safety").get("properties").propertyNames())
                .contains(
                        "bloodPressure",
                        "knownHypertension",
                        "activePsychosis",
                        "recentHeartAttackOrUnstableAngina",
                        "ketamineAllergy",
                        "maniaOrHypomaniaHistory",
                        "strokeBleedAneurysmOrAvm",
                        "hyperthyroidism",
                        "bladderProblems",
                        "dissociativeMisuseHistory",
                        "breastfeeding",
                        "moderateLiverDisease",
                        "sleepApnoea");
        assertThat(schemas.get("RedFlags").get("properties").propertyNames())
                .contains("thunderclap", "newAfter50", "neurologicalSymptoms", "patternChanged");
        JsonNode result = schemas.get("AssessmentResult").get("properties");
        assertThat(result.get("resistantMigraine").get("description").asString())
                .contains("doi:10.1186/s10194-020-01130-5");
        assertThat(result.get("refractoryMigraine").get("description").asString())
                .contains("6 consecutive months");
        assertThat(result.get("urgentCare").get("description").asString()).contains("911");
        assertThat(result.has("unanswered")).isTrue();
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
                "no migraine for migraine | \"migraine\": { | migraine",
                "pain above 10 | \"averagePain\": 7 | migraine.averagePain",
                "screen out of range | \"screens\": { | screens.phq-9.q9",
                "unknown screen | \"screens\": { | screens.phq-10",
                "no distance for a clinic | \"maxDistanceMiles\": 50 | preferences.maxDistanceMiles",
                "medication not a string | \"medications\": [] | medications[0]",
                "reading without its bottom number | \"diastolic\": 78 | safety.bloodPressure.diastolic",
                "reading the wrong way round | \"systolic\": 122 | safety.bloodPressure.systolic",
                "more disabling days than headache days | \"debilitatingDaysPerMonth\": 10 | migraine.debilitatingDaysPerMonth",
                "months out of range | \"monthsAtThisFrequency\": 4 | migraine.monthsAtThisFrequency",
                "warning sign not a boolean | \"thunderclap\": false | redFlags.thunderclap"
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
                return "\"screens\": {\"phq-9\": {\"q1\":0,\"q2\":0,\"q3\":0,\"q4\":0,\"q5\":0,\"q6\":0,\"q7\":0,\"q8\":0,\"q9\":9}, ";
            case "unknown screen":
                return "\"screens\": {\"phq-10\": {}, ";
            case "no distance for a clinic":
                return "\"maxDistanceMiles\": null";
            case "medication not a string":
                return "\"medications\": [{\"name\": \"x\"}]";
            case "no migraine for migraine":
                return "\"notMigraine\": {";
            case "reading without its bottom number":
                return "\"diastolic\": null";
            case "reading the wrong way round":
                return "\"systolic\": 70";
            case "more disabling days than headache days":
                return "\"debilitatingDaysPerMonth\": 19";
            case "months out of range":
                return "\"monthsAtThisFrequency\": 601";
            case "warning sign not a boolean":
                return "\"thunderclap\": \"sometimes\"";
            default:
                return "";
        }
    }

    /** Every field of the current version: an adult with resistant migraine and nothing against ketamine. */
    static String likelyCandidate() {
        return """
                { "condition": "MIGRAINE", "ageYears": 34, "zip": "19107",
                  "migraine": {"headacheDaysPerMonth": 18, "averagePain": 7, "preventiveClassesTried": 3, "acuteMedicationDaysPerMonth": 2,
                               "monthsAtThisFrequency": 4, "debilitatingDaysPerMonth": 10, "allPreventiveClassesTried": false,
                               "triptansTried": 2},
                  "screens": {"id-migraine": {"q1": true, "q2": true, "q3": false}},
                  "medications": [],
                  "safety": {"pregnant": false, "uncontrolledHypertension": false, "psychosisHistory": false,
                             "substanceUseDisorder": false, "severeLiverDisease": false,
                             "raisedIntracranialOrIntraocularPressure": false, "unstableHeartDisease": false,
                             "selfHarmThoughts": false,
                             "bloodPressure": {"systolic": 122, "diastolic": 78}, "knownHypertension": false,
                             "activePsychosis": false, "recentHeartAttackOrUnstableAngina": false,
                             "ketamineAllergy": false, "maniaOrHypomaniaHistory": false,
                             "strokeBleedAneurysmOrAvm": false, "hyperthyroidism": false, "bladderProblems": false,
                             "dissociativeMisuseHistory": false, "breastfeeding": false,
                             "moderateLiverDisease": false, "sleepApnoea": false},
                  "redFlags": {"thunderclap": false, "newAfter50": false, "neurologicalSymptoms": false,
                               "patternChanged": false},
                  "preferences": {"setting": "IN_CLINIC", "maxDistanceMiles": 50} }
                """;
    }
}
