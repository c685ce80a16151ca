package org.ketapath.interop;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.junit.jupiter.api.Test;
import org.ketapath.directory.Clinics;
import org.ketapath.directory.domain.ClinicRegistry;
import org.ketapath.directory.domain.NewClinic;
import org.ketapath.identity.IdentityFixtures;
import org.ketapath.identity.Role;
import org.ketapath.identity.domain.Mfa;
import org.ketapath.identity.domain.StaffAccounts;
import org.ketapath.scheduling.ServiceType;
import org.ketapath.scheduling.domain.ScheduleSetup;
import org.ketapath.scheduling.domain.ServiceDefinition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every FHIR interaction the CapabilityStatement lists × every kind of caller, with real bearer tokens from
 * {@code POST /api/v1/auth/token}, and the exact status expected. An interaction without a row fails the test.
 * Every answer is FHIR JSON (an OperationOutcome for refusals) and validates. Its clinics are in Austin, Texas: the
 * classes sharing this database place theirs elsewhere (the provider search tests count Philadelphia's).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FhirAccessMatrixTests {

    enum Actor {
        ANONYMOUS,
        OWN_PATIENT,
        OTHER_PATIENT,
        OWN_CLINIC_STAFF,
        OTHER_CLINIC_STAFF,
        PLATFORM_ADMIN
    }

    record Row(String method, String path, int[] statuses) {}

    @LocalServerPort
    int port;

    @Autowired
    ClinicRegistry registry;

    @Autowired
    ScheduleSetup setup;

    @Autowired
    StaffAccounts staff;

    @Autowired
    Mfa mfa;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.ketapath.assessment.AssessmentApi assessments;

    static Row row(
            String method, String path, int anonymous, int own, int other, int ownStaff, int otherStaff, int admin) {
        return new Row(method, path, new int[] {anonymous, own, other, ownStaff, otherStaff, admin});
    }

    static Row everyone(String method, String path, int status) {
        return row(method, path, status, status, status, status, status, status);
    }

    @Test
    void shouldAnswerEveryInteractionForEveryCallerAsTheRulesSay() {
        FhirClient fhir = new FhirClient(port);
        NewClinic clinicRows = Clinics.at("78701").build();
        UUID clinic = registry.register(clinicRows);
        NewClinic otherRows = Clinics.at("78702").build();
        UUID otherClinic = registry.register(otherRows);
        UUID location = jdbc.sql("select id from clinic_location where clinic_id = :c and is_primary")
                .param("c", clinic)
                .query(UUID.class)
                .single();
        UUID practitioner = clinicRows.practitioners().get(0).id();
        setup.create(new ScheduleSetup.ClinicSetup(
                clinic,
                ZoneId.of("America/New_York"),
                List.of(new ServiceDefinition(ServiceType.FREE_CONSULT, 0, 30, 0, 0, 0)),
                List.of(DayOfWeek.values()),
                LocalTime.of(0, 0),
                LocalTime.of(23, 30),
                List.of(practitioner),
                List.of(practitioner),
                1,
                60,
                location));

        IdentityFixtures fixtures = new IdentityFixtures(fhir.http(), staff, mfa, jdbc);
        Map<Actor, String> emails = new EnumMap<>(Actor.class);
        emails.put(Actor.OWN_PATIENT, IdentityFixtures.uniqueEmail("fhir-own"));
        emails.put(Actor.OTHER_PATIENT, IdentityFixtures.uniqueEmail("fhir-other"));
        emails.put(Actor.OWN_CLINIC_STAFF, IdentityFixtures.uniqueEmail("fhir-staff"));
        emails.put(Actor.OTHER_CLINIC_STAFF, IdentityFixtures.uniqueEmail("fhir-otherstaff"));
        emails.put(Actor.PLATFORM_ADMIN, IdentityFixtures.uniqueEmail("fhir-admin"));
        UUID ownPatient = fixtures.verifiedPatient(emails.get(Actor.OWN_PATIENT));
        fixtures.verifiedPatient(emails.get(Actor.OTHER_PATIENT));
        fixtures.staff(emails.get(Actor.OWN_CLINIC_STAFF), Role.CLINICIAN, clinic);
        fixtures.staff(emails.get(Actor.OTHER_CLINIC_STAFF), Role.CLINIC_ADMIN, otherClinic);
        fixtures.staff(emails.get(Actor.PLATFORM_ADMIN), Role.PLATFORM_ADMIN);
        Map<Actor, String[]> auth = new EnumMap<>(Actor.class);
        auth.put(Actor.ANONYMOUS, new String[0]);
        emails.forEach((actor, email) -> auth.put(actor, new String[] {
            "Authorization", "Bearer " + fixtures.token(email, !actor.name().contains("PATIENT"))
        }));

        Instant from = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);
        String find = "Appointment/$find?start=" + from + "&end=" + from.plus(1, ChronoUnit.DAYS)
                + "&location=Location/" + location + "&service-type=free-consult&_count=20";
        List<Appointment> proposals = fhir.get(find, 200, Bundle.class).getEntry().stream()
                .map(e -> (Appointment) e.getResource())
                .toList();
        Appointment booked = fhir.post(
                "Appointment/$book", parameters(proposals.get(0)), 200, Appointment.class, auth.get(Actor.OWN_PATIENT));
        String appointment = booked.getIdElement().getIdPart();
        // Consultations take 30 minutes and start every 15: the booked one blocks the next start; holds take every
        // other start from the third on, so none overlaps another; the slot read is the last one, never held.
        String slot = proposals.get(19).getSlotFirstRep().getReference();
        String schedule = clinic + ".free-consult";
        String role = practitioner.toString();
        String resultId = JsonMapper.builder()
                .build()
                .readTree(fhir.http()
                        .post("/api/v1/assessments", FhirAssessmentTests.ASSESSMENT)
                        .body())
                .get("id")
                .asText();
        assertThat(assessments.attachToAccount(resultId, ownPatient)).isTrue();
        String screen = assessments.shareReference(resultId, ownPatient).orElseThrow() + ".phq-9";

        List<Row> rows = List.of(
                everyone("GET", "metadata", 200),
                everyone("GET", "OperationDefinition/" + operationDefinition(fhir), 200),
                everyone("GET", "Location/" + location, 200),
                everyone("GET", "Location?address-postalcode=78701", 200),
                everyone("GET", "Organization/" + clinic, 200),
                everyone("GET", "Practitioner/" + practitioner, 200),
                everyone("GET", "PractitionerRole/" + role, 200),
                everyone("GET", "PractitionerRole?location=Location/" + location, 200),
                everyone("GET", "HealthcareService/" + clinic, 200),
                everyone("GET", "Questionnaire/phq-9", 200),
                everyone("GET", "Questionnaire", 200),
                row("GET", "QuestionnaireResponse/" + screen, 401, 200, 404, 404, 404, 404),
                row("GET", "QuestionnaireResponse?patient=Patient/" + ownPatient, 401, 200, 200, 200, 200, 200),
                row("GET", "Observation/" + screen, 401, 200, 404, 404, 404, 404),
                row("GET", "Observation?patient=Patient/" + ownPatient, 401, 200, 200, 200, 200, 200),
                everyone("GET", "Schedule/" + schedule, 200),
                everyone("GET", "Schedule?actor=Location/" + location, 200),
                everyone("GET", slot, 200),
                everyone("GET", "Slot?schedule=Schedule/" + schedule, 200),
                everyone("GET", find, 200),
                everyone("POST $hold", "Appointment/$hold", 200),
                // $book: sign-in first (401), then patients only (403), then the request itself (here 400: the
                // body names no slot), so no other caller learns anything about slots.
                row("POST $book", "Appointment/$book", 401, 400, 400, 403, 403, 403),
                row("GET", "Appointment/" + appointment, 401, 200, 404, 200, 404, 404),
                row("GET", "Appointment?actor=Organization/" + clinic, 401, 200, 200, 200, 200, 200),
                row("GET", "Appointment", 401, 200, 200, 400, 400, 400),
                // The own clinic's staff see the patient who booked with the clinic, as on /api/v1.
                row("GET", "Patient/" + ownPatient, 401, 200, 404, 200, 404, 404));

        CapabilityStatement statement = fhir.get("metadata", 200, CapabilityStatement.class);
        TreeSet<String> interactions = new TreeSet<>();
        statement.getRestFirstRep().getResource().forEach(r -> {
            r.getInteraction()
                    .forEach(i ->
                            interactions.add(r.getType() + " " + i.getCode().toCode()));
            r.getOperation().forEach(o -> interactions.add(r.getType() + " $" + o.getName()));
        });
        TreeSet<String> covered = new TreeSet<>();
        for (Row row : rows) {
            covered.add(interaction(row));
        }
        assertThat(covered)
                .as("FHIR interactions without a row in the access matrix")
                .containsAll(interactions);

        java.util.concurrent.atomic.AtomicInteger holds = new java.util.concurrent.atomic.AtomicInteger(2);
        List<String> failures = new ArrayList<>();
        Map<String, Integer> seen = new TreeMap<>();
        for (Row row : rows) {
            for (Actor actor : Actor.values()) {
                HttpResponse<String> response = send(fhir, row, proposals, holds, auth.get(actor));
                int expected = row.statuses()[actor.ordinal()];
                seen.merge(row.path(), 1, Integer::sum);
                if (response.statusCode() != expected) {
                    failures.add(row.method() + " " + row.path() + " as " + actor + ": expected " + expected
                            + " but was " + response.statusCode() + " " + response.body());
                    continue;
                }
                if (expected >= 400) {
                    fhir.expect(response, expected, OperationOutcome.class);
                } else {
                    fhir.expect(response, expected, org.hl7.fhir.r4.model.Resource.class);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void shouldDescribeTheTokenEndpointInTheSmartConfiguration() {
        HttpResponse<String> response = new FhirClient(port).http().get("/.well-known/smart-configuration");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode body = JsonMapper.builder().build().readTree(response.body());
        assertThat(body.get("token_endpoint").asText()).endsWith("/api/v1/auth/token");
        assertThat(body.get("capabilities").isArray()).isTrue();
        assertThat(body.get("capabilities").size()).isZero();
    }

    private static HttpResponse<String> send(
            FhirClient fhir,
            Row row,
            List<Appointment> proposals,
            java.util.concurrent.atomic.AtomicInteger holds,
            String[] auth) {
        List<String> headers = new ArrayList<>(List.of(auth));
        headers.addAll(List.of("Accept", FhirClient.JSON));
        if (row.method().startsWith("POST")) {
            headers.addAll(List.of("Content-Type", FhirClient.JSON));
            Parameters body = row.method().equals("POST $hold")
                    ? parameters(proposals.get(holds.getAndAdd(2)))
                    : parameters(new Appointment().setDescription("no slot"));
            String text = FhirContext.forR4Cached().newJsonParser().encodeResourceToString(body);
            return fhir.http().send("POST", "/fhir/" + row.path(), text, headers.toArray(String[]::new));
        }
        return fhir.http().get("/fhir/" + row.path(), headers.toArray(String[]::new));
    }

    private static String operationDefinition(FhirClient fhir) {
        String url = fhir.get("metadata", 200, CapabilityStatement.class).getRestFirstRep().getResource().stream()
                .flatMap(r -> r.getOperation().stream())
                .filter(o -> o.getName().equals("find"))
                .findFirst()
                .orElseThrow()
                .getDefinition();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static String interaction(Row row) {
        String path = row.path();
        String type = path.split("[/?]")[0];
        if (path.equals("metadata")) {
            return "metadata";
        }
        if (path.contains("$")) {
            return type + " $" + path.substring(path.indexOf('$') + 1).split("\\?")[0];
        }
        if (path.split("\\?")[0].contains("/")) {
            return type + " read";
        }
        return type + " search-type";
    }

    static Parameters parameters(Appointment appointment) {
        Parameters parameters = new Parameters();
        parameters.addParameter().setName("appointment").setResource(appointment);
        return parameters;
    }
}
