package org.ketapath.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ketapath.scheduling.domain.ScheduleSetup;
import tools.jackson.databind.JsonNode;

class AvailabilityApiTests extends SchedulingHttpTest {

    @Test
    void slots_come_with_the_clinic_zone_offsets_and_a_practitioner() {
        UUID clinic = clinic(TestClinics.standard(1));
        HttpResponse<String> r = availability(clinic, "FREE_CONSULT", day(), day());

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode b = body(r);
        assertThat(b.get("timezone").asString()).isEqualTo("America/New_York");
        assertThat(b.get("slots").size())
                .as("every 15 minutes from 09:00 to 16:30")
                .isEqualTo(31);
        JsonNode first = b.get("slots").get(0);
        assertThat(first.get("start").asString()).isEqualTo(at(day(), "09:00:00-05:00"));
        assertThat(first.get("end").asString()).isEqualTo(at(day(), "09:30:00-05:00"));
        assertThat(first.get("practitionerId").asString()).matches("[0-9a-f-]{36}");
    }

    @Test
    void the_spring_forward_night_has_no_slot_in_the_missing_hour_over_http() {
        clock.set(java.time.Instant.parse("2027-01-01T00:00:00Z"));
        UUID clinic =
                clinic(TestClinics.clinic(ZoneId.of("America/New_York"), 1, LocalTime.MIDNIGHT, LocalTime.of(6, 0)));
        LocalDate day = LocalDate.of(2027, 3, 14);
        String body = availability(clinic, "FREE_CONSULT", day, day).body();
        assertThat(body)
                .contains("2027-03-14T01:30:00-05:00", "2027-03-14T03:00:00-04:00")
                .doesNotContain("T02:");
    }

    @Test
    void the_fall_back_night_offers_the_repeated_hour_twice_over_http() {
        clock.set(java.time.Instant.parse("2027-07-01T00:00:00Z"));
        UUID clinic =
                clinic(TestClinics.clinic(ZoneId.of("America/Los_Angeles"), 1, LocalTime.MIDNIGHT, LocalTime.of(6, 0)));
        LocalDate day = LocalDate.of(2027, 11, 7);
        String body = availability(clinic, "FREE_CONSULT", day, day).body();
        assertThat(body).contains("2027-11-07T01:00:00-07:00", "2027-11-07T01:00:00-08:00");
    }

    @Test
    void bad_parameters_are_400_problems_naming_the_parameter() {
        UUID clinic = clinic(TestClinics.standard(1));
        assertProblem(
                http.get("/api/v1/providers/" + clinic + "/availability?service=NOPE&from=2026-12-10&to=2026-12-11"),
                400,
                "service");
        assertProblem(
                http.get("/api/v1/providers/" + clinic
                        + "/availability?service=FREE_CONSULT&from=2026-13-10&to=2026-12-11"),
                400,
                "from");
        assertProblem(
                http.get("/api/v1/providers/" + clinic
                        + "/availability?service=FREE_CONSULT&from=2026-12-10&to=2026-12-01"),
                400,
                "to");
        assertProblem(
                http.get("/api/v1/providers/" + clinic
                        + "/availability?service=FREE_CONSULT&from=2026-12-10&to=2027-02-11"),
                400,
                "to");
        assertProblem(
                http.get("/api/v1/providers/" + clinic + "/availability?from=2026-12-10&to=2026-12-11"),
                400,
                "service");
        assertProblem(
                http.get("/api/v1/providers/" + clinic
                        + "/availability?service=FREE_CONSULT&from=%2B999999999-12-30&to=%2B999999999-12-31"),
                400,
                "from");
    }

    @Test
    void an_unknown_provider_is_a_404_problem() {
        assertProblem(availability(UUID.randomUUID(), "FREE_CONSULT", day(), day()), 404, "provider");
        assertProblem(
                http.get(
                        "/api/v1/providers/not-a-uuid/availability?service=FREE_CONSULT&from=2026-12-10&to=2026-12-11"),
                404,
                "provider");
    }

    @Test
    void infusion_slots_are_limited_by_chairs_and_nurse_coverage() {
        // One practitioner monitoring at most 2 chairs, 2 chairs: two infusions at 09:00 fill the clinic.
        UUID clinic = clinic(TestClinics.standard(1));
        String nine = at(day(), "09:00:00-05:00");
        assertThat(book(UUID.randomUUID(), "i1", clinic, "IV_INFUSION", nine).statusCode())
                .isEqualTo(201);
        // The practitioner does the pre-check 09:00-09:10, so the second patient at 09:00 needs another one.
        assertThat(book(UUID.randomUUID(), "i2", clinic, "IV_INFUSION", nine).statusCode())
                .isEqualTo(409);
        String quarter = at(day(), "09:15:00-05:00");
        assertThat(book(UUID.randomUUID(), "i3", clinic, "IV_INFUSION", quarter).statusCode())
                .isEqualTo(201);
        // Both chairs and both nurse slots are busy until 10:40 (+15 min chair buffer): no third infusion at 09:30.
        assertThat(book(UUID.randomUUID(), "i4", clinic, "IV_INFUSION", at(day(), "09:30:00-05:00"))
                        .statusCode())
                .isEqualTo(409);
        assertThat(availability(clinic, "IV_INFUSION", day(), day()).body())
                .doesNotContain(at(day(), "09:30:00-05:00"))
                .contains(at(day(), "11:00:00-05:00"));
    }

    @Test
    void nurse_coverage_caps_running_infusions_even_with_free_chairs() {
        // Three practitioners for pre-checks, four chairs, but only one monitors (2 chairs per nurse).
        ScheduleSetup.ClinicSetup base = TestClinics.standard(3);
        ScheduleSetup.ClinicSetup setup = new ScheduleSetup.ClinicSetup(
                base.clinicId(),
                base.zone(),
                base.services(),
                base.openDays(),
                base.opens(),
                base.closes(),
                base.practitioners(),
                List.of(base.practitioners().get(0)),
                4,
                base.minNoticeMinutes(),
                base.locationId());
        UUID clinic = clinic(setup);
        String nine = at(day(), "09:00:00-05:00");
        assertThat(book(UUID.randomUUID(), "n1", clinic, "IV_INFUSION", nine).statusCode())
                .isEqualTo(201);
        assertThat(book(UUID.randomUUID(), "n2", clinic, "IV_INFUSION", nine).statusCode())
                .isEqualTo(201);
        assertThat(book(UUID.randomUUID(), "n3", clinic, "IV_INFUSION", nine).statusCode())
                .isEqualTo(409);
        assertThat(availability(clinic, "IV_INFUSION", day(), day()).body())
                .doesNotContain("\"start\":\"" + at(day(), "09:30:00-05:00"))
                .contains("\"start\":\"" + at(day(), "10:30:00-05:00"));
    }

    private static void assertProblem(HttpResponse<String> r, int status, String mention) {
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(r.body()).contains(mention);
    }
}
