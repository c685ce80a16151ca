package org.ketapath.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketapath.directory.domain.ClinicRegistry;
import org.ketapath.scheduling.MutableClock;
import org.ketapath.scheduling.SchedulingTestConfiguration;
import org.ketapath.scheduling.TestClinics;
import org.ketapath.scheduling.domain.ScheduleSetup;
import org.ketapath.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/v1/slots/soonest} through HTTP around Philadelphia (19107), with the scheduling test clock at
 * 2026-12-01 07:00 New York time: clinics in the directory, schedules in scheduling.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ketapath.scheduling.reminders.enabled=false", "ketapath.mail.sender.enabled=false"})
@Import(SchedulingTestConfiguration.class)
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SoonestSlotsApiTests {

    static final JsonMapper json = JsonMapper.builder().build();
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @LocalServerPort
    int port;

    @Autowired
    ClinicRegistry registry;

    @Autowired
    ScheduleSetup setup;

    @Autowired
    MutableClock clock;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Http http;
    UUID nineOClock;
    UUID tenOClock;
    UUID harrisburg;
    UUID unverified;

    @BeforeAll
    void clinics() {
        nineOClock = clinic(Clinics.at("19103").named("Nine Philly"), LocalTime.of(9, 0), 120);
        tenOClock = clinic(Clinics.at("19104").named("Ten Philly"), LocalTime.of(10, 0), 120);
        // Both open earlier (and take bookings at short notice), so only the radius and the verification keep
        // them out of the answers.
        harrisburg = clinic(Clinics.at("17101").named("Early Harrisburg"), LocalTime.of(7, 30), 0);
        unverified = clinic(Clinics.at("19106").named("Early Pending").status("PENDING"), LocalTime.of(7, 30), 0);
    }

    @BeforeEach
    void connect() {
        http = new Http(port);
        clock.set(SchedulingTestConfiguration.START);
    }

    private UUID clinic(Clinics clinic, LocalTime opens, int minNotice) {
        UUID id = registry.register(clinic.build());
        ScheduleSetup.ClinicSetup s = TestClinics.clinic(NEW_YORK, 1, opens, LocalTime.of(17, 0));
        // The chairs stand at the registered clinic's own location; the schedule's practitioners are added to the
        // directory (foreign keys) by TestClinics.
        UUID location = jdbc.sql("select id from clinic_location where clinic_id = :c and is_primary")
                .param("c", id)
                .query(UUID.class)
                .single();
        TestClinics.create(
                jdbc,
                setup,
                new ScheduleSetup.ClinicSetup(
                        id,
                        s.zone(),
                        s.services(),
                        s.openDays(),
                        s.opens(),
                        s.closes(),
                        s.practitioners(),
                        s.monitoringPractitioners(),
                        s.chairs(),
                        minNotice,
                        location));
        return id;
    }

    @Test
    void the_soonest_slots_nearby_come_earliest_first_with_clinic_distance_and_zone() {
        HttpResponse<String> r = http.get("/api/v1/slots/soonest?zip=19107&radius=50&service=IV_INFUSION&limit=10");

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode slots = json.readTree(r.body()).get("slots");
        List<String> got = new ArrayList<>();
        for (JsonNode s : slots) {
            String who = UUID.fromString(s.get("clinicId").asString()).equals(nineOClock) ? "nine" : "ten";
            got.add(who + " " + s.get("start").asString().substring(11));
            assertThat(s.get("timezone").asString()).isEqualTo("America/New_York");
            assertThat(s.get("distanceMiles").asDouble()).isBetween(0.0, 5.0);
            assertThat(s.get("start").asString()).startsWith("2026-12-01T");
        }
        // Equal starts: the lower clinic id first.
        boolean nineFirst = nineOClock.compareTo(tenOClock) < 0;
        List<String> expected = new ArrayList<>(
                List.of("nine 09:00:00-05:00", "nine 09:15:00-05:00", "nine 09:30:00-05:00", "nine 09:45:00-05:00"));
        for (String time : List.of("10:00:00-05:00", "10:15:00-05:00", "10:30:00-05:00")) {
            expected.add((nineFirst ? "nine " : "ten ") + time);
            expected.add((nineFirst ? "ten " : "nine ") + time);
        }
        assertThat(got).containsExactlyElementsOf(expected);
        JsonNode first = slots.get(0);
        assertThat(first.get("clinicName").asString()).isEqualTo("Nine Philly");
        assertThat(first.get("end").asString()).isEqualTo("2026-12-01T10:25:00-05:00");
    }

    @Test
    void clinics_beyond_the_radius_are_left_out_and_come_in_with_a_wider_one() {
        String near = http.get("/api/v1/slots/soonest?zip=19107&radius=50&service=IV_INFUSION&limit=50")
                .body();
        assertThat(near).doesNotContain(harrisburg.toString());

        JsonNode wide = json.readTree(http.get("/api/v1/slots/soonest?zip=19107&radius=150&service=IV_INFUSION&limit=3")
                        .body())
                .get("slots");
        assertThat(wide.size()).isEqualTo(3);
        assertThat(wide.get(0).get("clinicId").asString()).isEqualTo(harrisburg.toString());
        assertThat(wide.get(0).get("start").asString()).isEqualTo("2026-12-01T07:30:00-05:00");
        assertThat(wide.get(0).get("distanceMiles").asDouble()).isBetween(80.0, 120.0);
    }

    @Test
    void unverified_clinics_are_never_offered() {
        String body = http.get("/api/v1/slots/soonest?zip=19107&radius=250&service=IV_INFUSION&limit=50")
                .body();
        assertThat(body).doesNotContain(unverified.toString()).contains(nineOClock.toString());
    }

    @Test
    void the_limit_caps_the_answer_and_a_service_nobody_offers_finds_nothing() {
        assertThat(json.readTree(http.get("/api/v1/slots/soonest?zip=19107&service=IV_INFUSION&limit=1")
                                .body())
                        .get("slots")
                        .size())
                .isEqualTo(1);
        assertThat(json.readTree(http.get("/api/v1/slots/soonest?zip=19107&service=IM_INJECTION")
                                .body())
                        .get("slots")
                        .size())
                .isZero();
    }

    @Test
    void the_openapi_document_describes_the_endpoint_and_its_parameters() {
        JsonNode doc = json.readTree(http.get("/api/v1/openapi.json").body());
        JsonNode get = doc.get("paths").get("/api/v1/slots/soonest").get("get");
        List<String> names = new ArrayList<>();
        get.get("parameters").forEach(p -> names.add(p.get("name").asString()));
        assertThat(names).containsExactlyInAnyOrder("zip", "radius", "service", "limit");
    }

    @ParameterizedTest
    @CsvSource({
        "service=IV_INFUSION, zip",
        "zip=1910&service=IV_INFUSION, zip",
        "zip=00000&service=IV_INFUSION, zip",
        "zip=19107, service",
        "zip=19107&service=NOPE, service",
        "zip=19107&service=IV_INFUSION&radius=0, radius",
        "zip=19107&service=IV_INFUSION&radius=251, radius",
        "zip=19107&service=IV_INFUSION&radius=ten, radius",
        "zip=19107&service=IV_INFUSION&limit=0, limit",
        "zip=19107&service=IV_INFUSION&limit=51, limit",
        "zip=19107&service=IV_INFUSION&limit=1.5, limit"
    })
    void bad_input_is_a_400_problem_naming_the_field(String query, String field) {
        HttpResponse<String> r = http.get("/api/v1/slots/soonest?" + query);

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        JsonNode errors = json.readTree(r.body()).get("errors");
        assertThat(errors.size()).isEqualTo(1);
        assertThat(errors.get(0).get("field").asString()).isEqualTo(field);
    }
}
