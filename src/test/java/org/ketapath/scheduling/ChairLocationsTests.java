package org.ketapath.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketapath.scheduling.domain.ScheduleSetup;
import tools.jackson.databind.JsonNode;

/**
 * Infusion chairs per location: a clinic with location A (its primary one, 1 chair) and B (2 chairs), three
 * practitioners who all monitor (2 chairs each), so chairs are the only limit that differs between locations.
 */
class ChairLocationsTests extends SchedulingHttpTest {

    UUID clinic;
    UUID a;
    UUID b;

    @BeforeEach
    void twoLocations() {
        ScheduleSetup.ClinicSetup base = TestClinics.standard(3);
        ScheduleSetup.ClinicSetup s = new ScheduleSetup.ClinicSetup(
                base.clinicId(),
                base.zone(),
                base.services(),
                base.openDays(),
                base.opens(),
                base.closes(),
                base.practitioners(),
                base.monitoringPractitioners(),
                1,
                base.minNoticeMinutes(),
                base.locationId());
        clinic = clinic(s);
        a = s.locationId();
        b = TestClinics.addLocation(jdbc, clinic, "Chair 2", "Chair 3");
    }

    @Test
    void availability_lists_each_location_s_slots_separately() {
        Map<String, Set<UUID>> slots = infusionSlots();

        assertThat(slots.get(at(day(), "09:00:00-05:00"))).containsExactlyInAnyOrder(a, b);
        assertThat(slots.get(at(day(), "15:15:00-05:00")))
                .as("the last start whose chair time (visit and buffer) ends at closing")
                .containsExactlyInAnyOrder(a, b);
        assertThat(slots.values()).allSatisfy(locations -> assertThat(locations).containsExactlyInAnyOrder(a, b));
        // Consultations take no chair: their slots are as before, without a location.
        assertThat(availability(clinic, "FREE_CONSULT", day(), day()).body()).doesNotContain("locationId");
    }

    @Test
    void filling_a_location_s_chair_removes_only_that_location_s_slots() {
        HttpResponse<String> booked = book("f1", "IV_INFUSION", at(day(), "09:00:00-05:00"), a);
        assertThat(booked.statusCode()).isEqualTo(201);
        assertThat(body(booked).get("locationId").asString()).isEqualTo(a.toString());

        Map<String, Set<UUID>> slots = infusionSlots();
        // A's only chair is taken 09:00-10:40 (visit 100 min with its 15 min buffer): no A start before 10:45.
        for (String time : List.of("09:00", "09:15", "09:45", "10:00", "10:30")) {
            assertThat(slots.get(at(day(), time + ":00-05:00"))).as(time).containsExactly(b);
        }
        assertThat(slots.get(at(day(), "10:45:00-05:00"))).containsExactlyInAnyOrder(a, b);
        assertThat(slots.get(at(day(), "13:00:00-05:00"))).containsExactlyInAnyOrder(a, b);
    }

    @Test
    void a_full_location_is_a_conflict_even_with_chairs_free_elsewhere_and_without_a_location_the_visit_goes_there() {
        String nine = at(day(), "09:00:00-05:00");
        String quarter = at(day(), "09:15:00-05:00");
        assertThat(book("c1", "IV_INFUSION", nine, a).statusCode()).isEqualTo(201);

        HttpResponse<String> full = book("c2", "IV_INFUSION", quarter, a);
        assertThat(full.statusCode()).isEqualTo(409);
        assertThat(full.body()).contains("slot-taken");
        assertThat(infusionSlots().get(quarter)).containsExactly(b);

        HttpResponse<String> anywhere = book("c3", "IV_INFUSION", quarter, null);
        assertThat(anywhere.statusCode()).isEqualTo(201);
        JsonNode json = body(anywhere);
        assertThat(json.get("locationId").asString()).isEqualTo(b.toString());
        UUID chair = jdbc.sql("select chair_id from appointment where id = :id")
                .param("id", UUID.fromString(json.get("id").asString()))
                .query(UUID.class)
                .single();
        assertThat(jdbc.sql("select location_id from chair where id = :id")
                        .param("id", chair)
                        .query(UUID.class)
                        .single())
                .isEqualTo(b);
    }

    @Test
    void without_a_location_the_first_location_with_a_free_chair_is_used() {
        // A's chair is "Chair 1", the first by label: A comes first while its chair is free.
        HttpResponse<String> first = book("o1", "IV_INFUSION", at(day(), "11:00:00-05:00"), null);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(body(first).get("locationId").asString()).isEqualTo(a.toString());
        assertThat(body(http.get(
                                "/api/v1/appointments/" + body(first).get("id").asString(),
                                SchedulingTestConfiguration.ACCOUNT_HEADER,
                                patient(patient)))
                        .get("locationId")
                        .asString())
                .isEqualTo(a.toString());
    }

    @Test
    void a_location_that_is_not_the_clinic_s_or_has_no_chairs_is_a_422_naming_locationId() {
        ScheduleSetup.ClinicSetup other = TestClinics.standard(1);
        clinic(other);
        String nine = at(day(), "09:00:00-05:00");
        for (UUID foreign : List.of(other.locationId(), UUID.randomUUID())) {
            assertLocationProblem(book("x-" + foreign, "IV_INFUSION", nine, foreign), 422);
            assertLocationProblem(hold("IV_INFUSION", nine, foreign), 422);
        }
        assertLocationProblem(book("x-consult", "FREE_CONSULT", nine, a), 422);
        HttpResponse<String> malformed = http.post(
                "/api/v1/appointments",
                "{\"providerId\":\"" + clinic + "\",\"service\":\"IV_INFUSION\",\"start\":\"" + nine
                        + "\",\"locationId\":\"not-an-id\"}",
                SchedulingTestConfiguration.ACCOUNT_HEADER,
                patient(patient),
                "Idempotency-Key",
                "x-malformed");
        assertLocationProblem(malformed, 400);
        assertThat(jdbc.sql("select count(*) from appointment where clinic_id = :c")
                        .param("c", clinic)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void the_database_refuses_a_chair_at_another_clinic_s_location() {
        ScheduleSetup.ClinicSetup other = TestClinics.standard(1);
        clinic(other);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(
                                "insert into chair (id, clinic_id, location_id, label) values (:id, :c, :l, 'X')")
                        .param("id", UUID.randomUUID())
                        .param("c", clinic)
                        .param("l", other.locationId())
                        .update())
                .hasMessageContaining("chair_location_fk_same_clinic");
    }

    @Test
    void holds_take_a_chair_at_the_location_asked_for_and_the_booking_keeps_it() {
        String nine = at(day(), "09:00:00-05:00");
        assertThat(book("h1", "IV_INFUSION", nine, a).statusCode()).isEqualTo(201);
        HttpResponse<String> full = hold("IV_INFUSION", at(day(), "09:30:00-05:00"), a);
        assertThat(full.statusCode()).isEqualTo(409);

        HttpResponse<String> held = hold("IV_INFUSION", at(day(), "09:30:00-05:00"), b);
        assertThat(held.statusCode()).isEqualTo(201);
        assertThat(body(held).get("locationId").asString()).isEqualTo(b.toString());
        String holdId = body(held).get("id").asString();
        HttpResponse<String> booked = http.post(
                "/api/v1/appointments",
                "{\"providerId\":\"" + clinic + "\",\"service\":\"IV_INFUSION\",\"start\":\""
                        + at(day(), "09:30:00-05:00") + "\",\"holdId\":\"" + holdId + "\"}",
                SchedulingTestConfiguration.ACCOUNT_HEADER,
                patient(patient),
                "Idempotency-Key",
                "h2");
        assertThat(booked.statusCode()).isEqualTo(201);
        assertThat(body(booked).get("locationId").asString()).isEqualTo(b.toString());
        // A consultation hold has no location.
        HttpResponse<String> consult = hold("FREE_CONSULT", at(day(), "14:00:00-05:00"), null);
        assertThat(consult.statusCode()).isEqualTo(201);
        assertThat(consult.body()).doesNotContain("locationId");
    }

    @Test
    void the_idempotency_key_covers_the_location() {
        String nine = at(day(), "09:00:00-05:00");
        assertThat(book("same", "IV_INFUSION", nine, b).statusCode()).isEqualTo(201);
        assertThat(book("same", "IV_INFUSION", nine, b).statusCode()).isEqualTo(200);
        HttpResponse<String> elsewhere = book("same", "IV_INFUSION", nine, a);
        assertThat(elsewhere.statusCode()).isEqualTo(422);
        assertThat(elsewhere.body()).contains("idempotency-key-reused");
        HttpResponse<String> anywhere = book("same", "IV_INFUSION", nine, null);
        assertThat(anywhere.statusCode()).isEqualTo(422);
    }

    @Test
    void rescheduling_keeps_the_visit_at_its_location_when_a_chair_is_free_there() {
        HttpResponse<String> booked = book("r1", "IV_INFUSION", at(day(), "09:00:00-05:00"), b);
        String id = body(booked).get("id").asString();
        HttpResponse<String> moved = http.post(
                "/api/v1/appointments/" + id + "/reschedule",
                "{\"start\":\"" + at(day(), "13:00:00-05:00") + "\"}",
                SchedulingTestConfiguration.ACCOUNT_HEADER,
                patient(patient));
        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(body(moved).get("locationId").asString())
                .as("A comes first but the visit was at B")
                .isEqualTo(b.toString());
    }

    @Test
    void a_clinic_with_one_location_reports_it_on_infusion_slots_and_visits() {
        ScheduleSetup.ClinicSetup one = TestClinics.standard(1);
        UUID single = clinic(one);
        JsonNode slots = body(availability(single, "IV_INFUSION", day(), day())).get("slots");
        assertThat(slots.size()).isPositive();
        for (JsonNode slot : slots) {
            assertThat(slot.get("locationId").asString())
                    .isEqualTo(one.locationId().toString());
        }
        HttpResponse<String> booked = book(patient, "s1", single, "IV_INFUSION", at(day(), "09:00:00-05:00"));
        assertThat(body(booked).get("locationId").asString())
                .isEqualTo(one.locationId().toString());
        HttpResponse<String> consult = book(patient, "s2", single, "FREE_CONSULT", at(day(), "15:00:00-05:00"));
        assertThat(consult.statusCode()).isEqualTo(201);
        assertThat(consult.body()).doesNotContain("locationId");
    }

    final UUID patient = UUID.randomUUID();

    /** Infusion starts of the test day and the locations each is offered at. */
    private Map<String, Set<UUID>> infusionSlots() {
        HttpResponse<String> r = availability(clinic, "IV_INFUSION", day(), day());
        assertThat(r.statusCode()).isEqualTo(200);
        Map<String, Set<UUID>> slots = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        for (JsonNode slot : body(r).get("slots")) {
            String start = slot.get("start").asString();
            order.add(start);
            assertThat(slot.get("practitionerId").asString()).matches("[0-9a-f-]{36}");
            assertThat(slots.computeIfAbsent(start, k -> new TreeSet<>())
                            .add(UUID.fromString(slot.get("locationId").asString())))
                    .as("one slot per start and location")
                    .isTrue();
        }
        assertThat(order).isSorted();
        return slots;
    }

    private HttpResponse<String> book(String key, String service, String start, @Nullable UUID location) {
        return http.post(
                "/api/v1/appointments",
                "{\"providerId\":\"" + clinic + "\",\"service\":\"" + service + "\",\"start\":\"" + start + "\""
                        + (location == null ? "" : ",\"locationId\":\"" + location + "\"") + "}",
                SchedulingTestConfiguration.ACCOUNT_HEADER,
                patient(patient),
                "Idempotency-Key",
                key);
    }

    private HttpResponse<String> hold(String service, String start, @Nullable UUID location) {
        return http.post(
                "/api/v1/holds",
                "{\"providerId\":\"" + clinic + "\",\"service\":\"" + service + "\",\"start\":\"" + start + "\""
                        + (location == null ? "" : ",\"locationId\":\"" + location + "\"") + "}");
    }

    private static void assertLocationProblem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        JsonNode errors = body(r).get("errors");
        assertThat(errors).isNotNull();
        assertThat(errors.get(0).get("field").asString()).isEqualTo("locationId");
    }
}
