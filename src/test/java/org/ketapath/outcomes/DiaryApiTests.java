package org.ketapath.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketapath.identity.domain.PatientDetails;
import org.ketapath.identity.domain.StaffAccounts;
import org.ketapath.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The headache diary and the patient's outcomes over the API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DiaryApiTests {

    static final String PASSWORD = "correct-horse-battery-9";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    Http http;
    String token;
    UUID patient;
    LocalDate today;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        String email = "diary-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        patient = accounts.createVerifiedPatient(
                email, PASSWORD, new PatientDetails("Ada", "Lovelace", LocalDate.of(1985, 3, 4), "19107", null));
        HttpResponse<String> t =
                http.post("/api/v1/auth/token", "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, PASSWORD));
        token = json(t).get("accessToken").asString();
        today = LocalDate.now(NEW_YORK);
    }

    HttpResponse<String> put(LocalDate date, String body) {
        return http.send("PUT", "/api/v1/diary/" + date, body, "Authorization", "Bearer " + token);
    }

    HttpResponse<String> get(String path) {
        return http.get(path, "Authorization", "Bearer " + token);
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    @Test
    void shouldTakeAHeadacheFreeDayWithOneField() {
        HttpResponse<String> response = put(today, "{\"headache\":false}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode day = json(response);
        assertThat(day.get("date").asString()).isEqualTo(today.toString());
        assertThat(day.get("headache").asBoolean()).isFalse();
        assertThat(day.get("migraineDay").asBoolean()).isFalse();
        assertThat(day.get("locked").asBoolean()).isFalse();
    }

    @Test
    void shouldClassMedicinesAndCallAMigraineDay() {
        HttpResponse<String> response = put(today.minusDays(1), """
                {"headache":true,"peakPain":7,"durationHours":6,"unilateral":true,"pulsating":true,"nausea":true,
                 "acuteMedications":[{"name":"IMITREX 50mg","doses":1},{"name":"Advil","doses":2},
                                     {"name":"ginger tea","doses":1}],"notes":"Work day."}
                """);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode day = json(response);
        assertThat(day.get("acuteMedications").findValuesAsString("medicationClass"))
                .containsExactly("TRIPTAN", "NSAID", "OTHER");
        assertThat(day.get("migraineDay").asBoolean()).isTrue();
        assertThat(day.get("acuteMedicationDay").asBoolean()).isTrue();

        JsonNode range = json(get("/api/v1/diary?from=" + today.minusDays(3) + "&to=" + today));
        assertThat(range.get("timeZone").asString()).isEqualTo("America/New_York");
        assertThat(range.get("entries")).hasSize(1);
        assertThat(range.get("entries").get(0).get("notes").asString()).isEqualTo("Work day.");
        assertThat(range.get("missing").findValuesAsString("missing")).isEmpty();
        assertThat(range.get("missing")).hasSize(3); // today-3, today-2 and today
    }

    @Test
    void shouldReplaceTheDayOnASecondPut() {
        put(
                today,
                "{\"headache\":true,\"peakPain\":5,\"durationHours\":2,\"acuteMedications\":[{\"name\":\"Tylenol\",\"doses\":1}]}");
        put(today, "{\"headache\":false}");
        JsonNode range = json(get("/api/v1/diary?from=" + today + "&to=" + today));
        assertThat(range.get("entries")).hasSize(1);
        assertThat(range.get("entries").get(0).get("acuteMedications")).isEmpty();
        assertThat(jdbc.sql("select count(*) from diary_medication where patient_id = :p")
                        .param("p", patient)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void shouldRefuseAFutureDayNamingTheDate() {
        HttpResponse<String> response = put(today.plusDays(1), "{\"headache\":false}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json(response).get("errors").get(0).get("field").asString()).isEqualTo("date");
    }

    @Test
    void shouldLockADayMoreThanSevenDaysBack() {
        assertThat(put(today.minusDays(7), "{\"headache\":false}").statusCode()).isEqualTo(200);
        HttpResponse<String> response = put(today.minusDays(8), "{\"headache\":false}");
        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(json(response).get("code").asString()).isEqualTo("entry-locked");
    }

    @Test
    void shouldNameTheFieldOfInvalidInput() {
        assertThat(field(put(today, "{\"headache\":true,\"durationHours\":2}"))).isEqualTo("peakPain");
        assertThat(field(put(today, "{\"headache\":true,\"peakPain\":11,\"durationHours\":2}")))
                .isEqualTo("peakPain");
        assertThat(field(put(today, "{\"headache\":true,\"peakPain\":5,\"durationHours\":25}")))
                .isEqualTo("durationHours");
        assertThat(field(put(today, "{\"headache\":false,\"pulsating\":true}"))).isEqualTo("pulsating");
        assertThat(field(put(today, "{\"headache\":false,\"notes\":\"" + "x".repeat(1001) + "\"}")))
                .isEqualTo("notes");
        assertThat(field(put(today, "{\"headache\":false,\"acuteMedications\":[{\"name\":\" \",\"doses\":1}]}")))
                .isEqualTo("acuteMedications[0].name");
        assertThat(field(put(today, "{}"))).isEqualTo("headache");
        assertThat(field(put(today, "{\"headache\":\"sometimes\"}"))).isEqualTo("headache");
        HttpResponse<String> badDate = http.send(
                "PUT", "/api/v1/diary/2026-13-45", "{\"headache\":false}", "Authorization", "Bearer " + token);
        assertThat(field(badDate)).isEqualTo("date");
        assertThat(field(get("/api/v1/diary?from=" + today + "&to=" + today.minusDays(1))))
                .isEqualTo("to");
        assertThat(field(get("/api/v1/diary?from=2020-01-01&to=2026-01-01"))).isEqualTo("to");
    }

    String field(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        return json(response).get("errors").get(0).get("field").asString();
    }

    @Test
    void shouldGiveOutcomesInTheIssuesShapeBeforeAnyTreatment() {
        HttpResponse<String> response = get("/api/v1/patients/me/outcomes");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode outcomes = json(response);
        assertThat(outcomes.propertyNames())
                .containsExactlyInAnyOrder("firstSession", "baseline", "windows", "responder50", "questionnaires");
        assertThat(outcomes.get("firstSession").isNull()).isTrue();
        assertThat(outcomes.get("responder50").isNull()).isTrue();
        assertThat(outcomes.get("windows")).isEmpty();
    }
}
