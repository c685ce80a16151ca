package org.ketapath.scheduling;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.ketapath.scheduling.domain.ScheduleSetup;
import org.ketapath.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Base for scheduling tests over real HTTP: the whole app, a movable clock, header-based test sign-in. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ketapath.scheduling.reminders.enabled=false",
            "spring.datasource.hikari.minimum-idle=2",
            "ketapath.mail.sender.enabled=false"
        })
@Import(SchedulingTestConfiguration.class)
@org.springframework.test.annotation.DirtiesContext
abstract class SchedulingHttpTest {

    static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    ScheduleSetup setup;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Http http;

    @BeforeEach
    void connect() {
        http = new Http(port);
        clock.set(SchedulingTestConfiguration.START);
    }

    UUID clinic(ScheduleSetup.ClinicSetup s) {
        TestClinics.create(jdbc, setup, s);
        return s.clinicId();
    }

    static String patient(UUID id) {
        return id + " ROLE_PATIENT,EMAIL_VERIFIED";
    }

    static JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    HttpResponse<String> availability(UUID clinic, String service, LocalDate from, LocalDate to) {
        return http.get(
                "/api/v1/providers/" + clinic + "/availability?service=" + service + "&from=" + from + "&to=" + to);
    }

    HttpResponse<String> book(UUID patient, String key, UUID clinic, String service, String start) {
        return http.post(
                "/api/v1/appointments",
                "{\"providerId\":\"" + clinic + "\",\"service\":\"" + service + "\",\"start\":\"" + start + "\"}",
                SchedulingTestConfiguration.ACCOUNT_HEADER,
                patient(patient),
                "Idempotency-Key",
                key);
    }

    static String at(LocalDate day, String localTimeAndOffset) {
        return day + "T" + localTimeAndOffset;
    }

    /** A day two weeks after the test clock's start, well inside notice and horizon. */
    static LocalDate day() {
        return LocalDate.ofInstant(SchedulingTestConfiguration.START, java.time.ZoneOffset.UTC)
                .plusDays(14);
    }

    static Instant instant(String offsetDateTime) {
        return java.time.OffsetDateTime.parse(offsetDateTime).toInstant();
    }
}
