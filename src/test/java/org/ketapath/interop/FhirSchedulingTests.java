package org.ketapath.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Schedule;
import org.hl7.fhir.r4.model.Slot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ketapath.directory.Clinics;
import org.ketapath.directory.domain.ClinicRegistry;
import org.ketapath.directory.domain.NewClinic;
import org.ketapath.scheduling.MutableClock;
import org.ketapath.scheduling.SchedulingTestConfiguration;
import org.ketapath.scheduling.ServiceType;
import org.ketapath.scheduling.domain.ScheduleSetup;
import org.ketapath.scheduling.domain.ServiceDefinition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scheduling through {@code /fhir}: Schedule, Slot computed from availability, {@code $find}, {@code $hold},
 * {@code $book} (the 64-way race) and Appointment access, against the JSON API on the same data.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ketapath.scheduling.reminders.enabled=false", "ketapath.mail.sender.enabled=false"})
@Import(SchedulingTestConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@org.springframework.test.annotation.DirtiesContext
class FhirSchedulingTests {

    static final String ACCOUNT = SchedulingTestConfiguration.ACCOUNT_HEADER;

    @LocalServerPort
    int port;

    @Autowired
    ClinicRegistry registry;

    @Autowired
    ScheduleSetup setup;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    FhirClient fhir;

    @BeforeAll
    void connect() {
        fhir = new FhirClient(port);
    }

    @BeforeEach
    void resetClock() {
        clock.set(SchedulingTestConfiguration.START);
    }

    /** A listed clinic in Philadelphia with one practitioner, open every day 09:00-17:00 New York time. */
    record TestClinic(UUID id, UUID locationId, UUID practitionerId) {}

    TestClinic clinic() {
        NewClinic clinic = Clinics.at("19107").build();
        registry.register(clinic);
        UUID location = jdbc.sql("select id from clinic_location where clinic_id = :c and is_primary")
                .param("c", clinic.id())
                .query(UUID.class)
                .single();
        UUID practitioner = clinic.practitioners().get(0).id();
        setup.create(new ScheduleSetup.ClinicSetup(
                clinic.id(),
                ZoneId.of("America/New_York"),
                List.of(
                        new ServiceDefinition(ServiceType.FREE_CONSULT, 0, 30, 0, 0, 0),
                        new ServiceDefinition(ServiceType.IV_INFUSION, 10, 45, 30, 0, 15)),
                List.of(DayOfWeek.values()),
                LocalTime.of(9, 0),
                LocalTime.of(17, 0),
                List.of(practitioner),
                List.of(practitioner),
                2,
                120,
                location));
        return new TestClinic(clinic.id(), location, practitioner);
    }

    static LocalDate day() {
        return LocalDate.ofInstant(SchedulingTestConfiguration.START, ZoneOffset.UTC)
                .plusDays(14);
    }

    static String patient(UUID id) {
        return id + " ROLE_PATIENT,EMAIL_VERIFIED";
    }

    @Test
    void shouldPublishASchedulePerOfferedServiceAndSlotsExactlyAsTheJsonApiComputesThem() {
        TestClinic c = clinic();
        Bundle schedules = fhir.get("Schedule?actor=Location/" + c.locationId(), 200, Bundle.class);
        assertThat(schedules.getEntry())
                .extracting(e -> ((Schedule) e.getResource()).getIdElement().getIdPart())
                .containsExactlyInAnyOrder(c.id() + ".free-consult", c.id() + ".iv-infusion");
        fhir.get("Schedule/" + c.id() + ".free-consult", 200, Schedule.class);
        fhir.refused("Schedule/" + c.id() + ".at-home-session", 404);

        JsonNode api = JsonMapper.builder()
                .build()
                .readTree(fhir.http()
                        .get("/api/v1/providers/" + c.id() + "/availability?service=FREE_CONSULT&from=" + day() + "&to="
                                + day())
                        .body());
        List<Instant> expected = new ArrayList<>();
        api.get("slots")
                .forEach(s -> expected.add(
                        java.time.OffsetDateTime.parse(s.get("start").asText()).toInstant()));
        Instant from = day().atStartOfDay(ZoneId.of("America/New_York")).toInstant();
        Instant to =
                day().plusDays(1).atStartOfDay(ZoneId.of("America/New_York")).toInstant();

        Bundle slots = fhir.get(
                "Slot?schedule=Schedule/" + c.id() + ".free-consult&start=ge" + from + "&start=lt" + to
                        + "&status=free&_count=100",
                200,
                Bundle.class);

        assertThat(slots.getEntry())
                .extracting(e -> ((Slot) e.getResource()).getStart().toInstant())
                .isNotEmpty()
                .isEqualTo(expected);
        Slot first = (Slot) slots.getEntryFirstRep().getResource();
        assertThat(fhir.get("Slot/" + first.getIdElement().getIdPart(), 200, Slot.class)
                        .getStart())
                .isEqualTo(first.getStart());
        assertThat(FhirCapabilityTests.diagnostics(
                        fhir.refused("Slot?schedule=Schedule/" + c.id() + ".free-consult&status=busy", 400)))
                .contains("status");
    }

    @Test
    void shouldFindHoldForTenMinutesAndBook() {
        TestClinic c = clinic();
        Instant from = day().atTime(LocalTime.of(14, 0)).toInstant(ZoneOffset.UTC);
        Instant to = from.plusSeconds(3600);

        Bundle found = fhir.get(
                "Appointment/$find?start=" + from + "&end=" + to + "&location=Location/" + c.locationId()
                        + "&service-type=free-consult",
                200,
                Bundle.class);
        Appointment proposed = (Appointment) found.getEntryFirstRep().getResource();
        assertThat(proposed.getStatus()).isEqualTo(Appointment.AppointmentStatus.PROPOSED);
        assertThat(found.getEntry()).hasSize(4); // 09:00-09:45 New York, every 15 minutes

        Appointment held = fhir.post("Appointment/$hold", withAppointment(proposed), 200, Appointment.class);
        assertThat(held.getStatus()).isEqualTo(Appointment.AppointmentStatus.PENDING);
        assertThat(held.getIdentifierFirstRep().getPeriod().getEnd().toInstant())
                .isEqualTo(SchedulingTestConfiguration.START.plusSeconds(600));
        fhir.refused("Slot/" + slotId(proposed), 404);

        UUID patient = UUID.randomUUID();
        Appointment booked = fhir.post(
                "Appointment/$book", withAppointment(held), 200, Appointment.class, ACCOUNT, patient(patient));

        assertThat(booked.getStatus()).isEqualTo(Appointment.AppointmentStatus.BOOKED);
        assertThat(booked.getStart()).isEqualTo(proposed.getStart());
        String id = booked.getIdElement().getIdPart();
        fhir.get("Appointment/" + id, 200, Appointment.class, ACCOUNT, patient(patient));
        fhir.get(
                "Appointment/" + id,
                200,
                Appointment.class,
                ACCOUNT,
                UUID.randomUUID() + " ROLE_CLINICIAN,EMAIL_VERIFIED,CLINIC_STAFF:" + c.id());
        fhir.refused("Appointment/" + id, 404, ACCOUNT, patient(UUID.randomUUID()));
        fhir.refused("Appointment/" + id, 401);
        Bundle mine = fhir.get("Appointment", 200, Bundle.class, ACCOUNT, patient(patient));
        assertThat(mine.getEntry())
                .extracting(e -> e.getResource().getIdElement().getIdPart())
                .containsExactly(id);
        Bundle clinics = fhir.get(
                "Appointment?actor=Organization/" + c.id(),
                200,
                Bundle.class,
                ACCOUNT,
                UUID.randomUUID() + " ROLE_CLINIC_ADMIN,EMAIL_VERIFIED,CLINIC_STAFF:" + c.id());
        assertThat(clinics.getEntry())
                .extracting(e -> e.getResource().getIdElement().getIdPart())
                .contains(id);
    }

    @Test
    void shouldRefuseBookingWithoutAVerifiedPatientAsAnOperationOutcome() {
        TestClinic c = clinic();
        Appointment proposed = firstProposed(c);

        OperationOutcome anonymous =
                fhir.post("Appointment/$book", withAppointment(proposed), 401, OperationOutcome.class);
        OperationOutcome unverified = fhir.post(
                "Appointment/$book",
                withAppointment(proposed),
                403,
                OperationOutcome.class,
                ACCOUNT,
                UUID.randomUUID() + " ROLE_PATIENT");
        OperationOutcome noSlot = fhir.post(
                "Appointment/$book",
                withAppointment(new Appointment()),
                400,
                OperationOutcome.class,
                ACCOUNT,
                patient(UUID.randomUUID()));

        assertThat(anonymous.getIssue()).isNotEmpty();
        assertThat(unverified.getIssue()).isNotEmpty();
        assertThat(FhirCapabilityTests.diagnostics(noSlot)).contains("appointment");
    }

    @Test
    void shouldBookOneOfSixtyFourConcurrentBooksOfOneSlotAndAnswerTheRest409WithAnOperationOutcome() throws Exception {
        TestClinic c = clinic();
        Appointment proposed = firstProposed(c);
        Parameters body = withAppointment(proposed);
        int requests = 64;
        CountDownLatch ready = new CountDownLatch(requests);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        List<HttpResponse<String>> responses = new ArrayList<>();
        String text =
                ca.uhn.fhir.context.FhirContext.forR4Cached().newJsonParser().encodeResourceToString(body);
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                UUID patient = UUID.randomUUID();
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return fhir.http()
                            .send(
                                    "POST",
                                    "/fhir/Appointment/$book",
                                    text,
                                    "Content-Type",
                                    FhirClient.JSON,
                                    "Accept",
                                    FhirClient.JSON,
                                    ACCOUNT,
                                    patient(patient));
                }));
            }
            ready.await();
            go.countDown();
            for (Future<HttpResponse<String>> f : futures) {
                responses.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }

        Map<Integer, Long> counts =
                responses.stream().collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
        assertThat(counts).containsOnlyKeys(200, 409);
        assertThat(counts.get(200)).isEqualTo(1L);
        for (HttpResponse<String> response : responses) {
            if (response.statusCode() == 409) {
                fhir.expect(response, 409, OperationOutcome.class);
            } else {
                fhir.expect(response, 200, Appointment.class);
            }
        }
        assertThat(jdbc.sql("select count(*) from appointment where clinic_id = :c")
                        .param("c", c.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }

    Appointment firstProposed(TestClinic c) {
        Instant from = day().atTime(LocalTime.of(14, 0)).toInstant(ZoneOffset.UTC);
        Bundle found = fhir.get(
                "Appointment/$find?start=" + from + "&end=" + from.plusSeconds(3600) + "&location=Location/"
                        + c.locationId() + "&service-type=free-consult",
                200,
                Bundle.class);
        return (Appointment) found.getEntryFirstRep().getResource();
    }

    static Parameters withAppointment(Appointment appointment) {
        Parameters parameters = new Parameters();
        parameters.addParameter().setName("appointment").setResource(appointment);
        return parameters;
    }

    static String slotId(Appointment appointment) {
        Reference slot = appointment.getSlotFirstRep();
        return slot.getReference().substring("Slot/".length());
    }
}
