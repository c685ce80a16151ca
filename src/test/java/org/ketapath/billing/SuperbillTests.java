package org.ketapath.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketapath.assessment.AssessmentApi;
import org.ketapath.identity.domain.Mfa;
import org.ketapath.identity.domain.StaffAccounts;
import org.ketapath.scheduling.MutableClock;
import org.ketapath.scheduling.domain.BookingService;
import org.ketapath.scheduling.domain.ScheduleSetup;
import org.ketapath.support.Http;
import org.ketapath.workspace.ClinicWorld;
import org.ketapath.workspace.WorkspaceTestConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Superbills over HTTP: codes derived from signed session records, every content field in the JSON and in the
 * PDF (parsed back with PDFBox), 422 naming each missing field, immutability and corrections, who may see them,
 * and the audit trail.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ketapath.scheduling.reminders.enabled=false",
            "ketapath.mail.sender.enabled=false",
            "spring.datasource.hikari.minimum-idle=2"
        })
@Import(WorkspaceTestConfiguration.class)
class SuperbillTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final LocalDate NOV_3 = LocalDate.of(2026, 11, 3);
    static final LocalDate NOV_10 = LocalDate.of(2026, 11, 10);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ScheduleSetup setup;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    Mfa mfa;

    @Autowired
    BookingService booking;

    @Autowired
    AssessmentApi assessments;

    @Autowired
    MutableClock clock;

    ClinicWorld world;
    BillingWorld billing;
    Http http;
    UUID grace;
    String graceToken;

    @BeforeEach
    void world() {
        http = new Http(port);
        world = new ClinicWorld(jdbc, setup, accounts, mfa, booking, assessments, http, clock);
        billing = new BillingWorld(jdbc, world, true);
        grace = world.patient("Grace", "Hopper");
        graceToken = world.token(world.emailOf(grace), null);
    }

    static String[] bearer(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }

    JsonNode issueAsGrace() {
        HttpResponse<String> r =
                http.post("/api/v1/superbills", "{\"from\":\"2026-11-01\",\"to\":\"2026-11-30\"}", bearer(graceToken));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body());
    }

    @Test
    void shouldIssueThePatientsOwnSuperbillWithCodesDerivedFromTheSignedRecords() {
        UUID first = billing.infusion(grace, NOV_3, 60, "35");
        billing.infusion(grace, NOV_10, 91, "37.5");
        billing.paid(first, grace, 55_000);
        HttpResponse<String> details = http.send(
                "PUT",
                "/api/v1/patients/me/billing-details",
                "{\"address\":{\"street\":\"12 Elm Street\",\"city\":\"Cherry Hill\",\"state\":\"NJ\",\"zip\":\"08002\"},"
                        + "\"memberId\":\"XYZ123456789\"}",
                bearer(graceToken));
        assertThat(details.statusCode()).as(details.body()).isEqualTo(204);

        JsonNode s = issueAsGrace();
        assertThat(s.get("number").asString()).matches("SB-2026-[0-9]{6}");
        assertThat(s.get("version").asInt()).isEqualTo(1);
        assertThat(s.get("patient").get("name").asString()).isEqualTo("Grace Hopper");
        assertThat(s.get("patient").get("dateOfBirth").asString()).isEqualTo("1985-12-10");
        assertThat(s.get("patient").get("address").get("zip").asString()).isEqualTo("08002");
        assertThat(s.get("patient").get("memberId").asString()).isEqualTo("XYZ123456789");
        assertThat(s.get("clinic").get("taxId").asString()).isEqualTo("12-3456789");
        assertThat(s.get("clinic").get("organisationNpi").asString()).isEqualTo(BillingFixtures.ORGANISATION_NPI);
        assertThat(s.get("clinic").get("address").get("state").asString()).isEqualTo("PA");
        JsonNode clinician = s.get("clinicians").get(0);
        assertThat(clinician.get("npi").asString()).isEqualTo(billing.npi(0));
        assertThat(clinician.get("credentials").asString()).isEqualTo("MD");
        assertThat(clinician.get("licenceState").asString()).isEqualTo("PA");
        assertThat(clinician.get("licenceNumber").asString()).isEqualTo("MD-TEST-1");
        assertThat(s.get("diagnoses").get(0).get("code").asString()).isEqualTo("G43.719");
        assertThat(s.get("diagnoses").get(0).get("pointer").asString()).isEqualTo("A");

        JsonNode nov3 = s.get("visits").get(0);
        assertThat(nov3.get("dateOfService").asString()).isEqualTo("2026-11-03");
        assertThat(nov3.get("placeOfService").asString()).isEqualTo("11");
        assertThat(codes(nov3)).containsExactly("96365x1", "J3490x1");
        assertThat(nov3.get("lines").get(1).get("drugInfo").asString()).isEqualTo("N442023011310 ME35");
        assertThat(nov3.get("lines").get(0).get("diagnosisPointers").asString()).isEqualTo("A");
        assertThat(nov3.get("chargeUsd").decimalValue()).isEqualByComparingTo("550");
        assertThat(nov3.get("paidUsd").decimalValue()).isEqualByComparingTo("550");
        assertThat(nov3.get("balanceUsd").decimalValue()).isEqualByComparingTo("0");
        assertThat(codes(s.get("visits").get(1))).containsExactly("96365x1", "96366x1", "J3490x1");
        assertThat(s.get("totalChargeUsd").decimalValue()).isEqualByComparingTo("1100");
        assertThat(s.get("totalPaidUsd").decimalValue()).isEqualByComparingTo("550");
        assertThat(s.get("balanceUsd").decimalValue()).isEqualByComparingTo("550");
        assertThat(s.get("attestation").asString()).contains("I attest", billing.npi(0));

        HttpResponse<String> read = http.get("/api/v1/superbills/" + s.get("id").asString(), bearer(graceToken));
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(read.body()).get("visits")).isEqualTo(s.get("visits"));
    }

    static List<String> codes(JsonNode visit) {
        List<String> codes = new ArrayList<>();
        visit.get("lines")
                .forEach(l -> codes.add(
                        l.get("code").asString() + "x" + l.get("units").asInt()));
        return codes;
    }

    @Test
    void shouldRenderEveryFieldInATaggedPdfWithEmbeddedFonts() throws Exception {
        UUID first = billing.infusion(grace, NOV_3, 60, "35");
        billing.paid(first, grace, 30_000);
        billing.address(grace);
        JsonNode s = issueAsGrace();
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                        + s.get("pdf").asString()))
                                .header("Authorization", "Bearer " + graceToken)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(
                            "Superbill",
                            s.get("number").asString(),
                            "Grace Hopper",
                            "Date of birth: Dec 10, 1985",
                            "12 Elm Street",
                            "Cherry Hill, NJ 08002",
                            "Insurance member id: XYZ123456789",
                            "Tax id (EIN): 12-3456789",
                            "Organisation NPI: " + BillingFixtures.ORGANISATION_NPI,
                            "Phone: 215-555-0100",
                            "1 Test Street",
                            "Philadelphia, PA 19107",
                            "Dana Clinician1, MD",
                            billing.npi(0),
                            "PA MD-TEST-1",
                            "G43.719",
                            "Chronic migraine without aura, intractable, without status migrainosus",
                            "Nov 3, 2026",
                            "11 Office",
                            "96365",
                            "J3490",
                            "N442023011310 ME35",
                            "$550.00",
                            "Paid $300.00",
                            "Balance $250.00",
                            "Total charges",
                            "I attest");
            assertThat(doc.getDocumentCatalog().getMarkInfo()).isNotNull();
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked())
                    .as("tagged PDF")
                    .isTrue();
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(doc.getDocumentInformation().getTitle())
                    .contains(s.get("number").asString());
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
            }
        }
    }

    @Test
    void shouldAnswer422NamingEachMissingField() {
        jdbc.sql("delete from billing_clinic_identity where clinic_id = :c")
                .param("c", world.clinic)
                .update();
        jdbc.sql("update practitioner set npi = '1234567890' where id = :p")
                .param("p", world.practitioners.get(0))
                .update();
        billing.infusion(grace, NOV_3, 60, "35");
        UUID consult = billing.visit(grace, "FREE_CONSULT", NOV_10);
        jdbc.sql("""
                        insert into billing_visit_coding (appointment_id, clinic_id, em_code, chosen_by, chosen_at)
                        values (:a, :c, '99204', :by, now())
                        """)
                .param("a", consult)
                .param("c", world.clinic)
                .param("by", UUID.randomUUID())
                .update();
        HttpResponse<String> r =
                http.post("/api/v1/superbills", "{\"from\":\"2026-11-01\",\"to\":\"2026-11-30\"}", bearer(graceToken));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        List<String> fields = new ArrayList<>();
        JSON.readTree(r.body())
                .get("missing")
                .forEach(m -> fields.add(m.get("field").asString()));
        assertThat(fields)
                .contains("clinic.taxId", "patient.address", "clinicians[0].npi", "visits[2026-11-10].diagnosis");
        assertThat(jdbc.sql("select count(*) from superbill where patient_id = :p")
                        .param("p", grace)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void shouldKeepAnIssuedSuperbillUnchangedAndIssueACorrectionAsANewVersion() {
        billing.infusion(grace, NOV_3, 60, "35");
        billing.address(grace);
        JsonNode first = issueAsGrace();
        UUID id = UUID.fromString(first.get("id").asString());
        assertThatThrownBy(() -> jdbc.sql("update superbill set total_charge_cents = 1 where id = :id")
                        .param("id", id)
                        .update())
                .hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> jdbc.sql("delete from superbill where id = :id")
                        .param("id", id)
                        .update())
                .hasMessageContaining("cannot be changed");

        ClinicWorld.Staff admin = world.admin();
        String staff = world.token(admin);
        billing.paid(
                jdbc.sql("select id from appointment where patient_id = :p")
                        .param("p", grace)
                        .query(UUID.class)
                        .single(),
                grace,
                55_000);
        HttpResponse<String> corrected = http.post(
                "/api/v1/superbills/" + id + "/corrections", "{\"reason\":\"Payment recorded late\"}", bearer(staff));
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
        JsonNode second = JSON.readTree(corrected.body());
        assertThat(second.get("version").asInt()).isEqualTo(2);
        assertThat(second.get("number").asString())
                .isEqualTo(first.get("number").asString());
        assertThat(second.get("previousId").asString()).isEqualTo(id.toString());
        assertThat(second.get("correctionReason").asString()).isEqualTo("Payment recorded late");
        assertThat(second.get("totalPaidUsd").decimalValue()).isEqualByComparingTo("550");

        JsonNode old = JSON.readTree(
                http.get("/api/v1/superbills/" + id, bearer(graceToken)).body());
        assertThat(old.get("supersededBy").asString())
                .isEqualTo(second.get("id").asString());
        assertThat(old.get("totalPaidUsd").decimalValue()).isEqualByComparingTo("0");
        HttpResponse<String> again =
                http.post("/api/v1/superbills/" + id + "/corrections", "{\"reason\":\"Again\"}", bearer(staff));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(http.post("/api/v1/superbills/" + id + "/corrections", "{\"reason\":\"Mine\"}", bearer(graceToken))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void shouldShowASuperbillOnlyToItsPatientAndTheClinicsStaffAndAuditEveryAccess() {
        billing.infusion(grace, NOV_3, 60, "35");
        billing.address(grace);
        String id = issueAsGrace().get("id").asString();
        UUID ada = world.patient("Ada", "Lovelace");
        String adaToken = world.token(world.emailOf(ada), null);
        assertThat(http.get("/api/v1/superbills/" + id, bearer(adaToken)).statusCode())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/superbills/" + id + ".pdf", bearer(adaToken))
                        .statusCode())
                .isEqualTo(404);
        ClinicWorld.Staff other = world.staff(org.ketapath.identity.Role.CLINICIAN, UUID.randomUUID());
        assertThat(http.get("/api/v1/superbills/" + id, bearer(world.token(other)))
                        .statusCode())
                .isEqualTo(404);
        String own = world.token(world.clinician());
        assertThat(http.get("/api/v1/superbills/" + id, bearer(own)).statusCode())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/superbills/" + id + ".pdf", bearer(own)).statusCode())
                .isEqualTo(200);
        List<String> actions = jdbc.sql("""
                        select action || ' ' || outcome from audit_event
                         where resource_type = 'Superbill' and resource_id = :id order by seq
                        """).param("id", id).query(String.class).list();
        assertThat(actions)
                .contains("CREATE SUCCESS", "READ DENIED", "EXPORT DENIED", "READ SUCCESS", "EXPORT SUCCESS");
    }

    @Test
    void shouldLetStaffIssueForTheirPatientAndTheClinicianChooseTheEmCode() {
        UUID day = billing.infusion(grace, NOV_3, 60, "35");
        billing.address(grace);
        ClinicWorld.Staff clinician = world.clinician();
        String token = world.token(clinician);
        HttpResponse<String> category = http.send(
                "PUT",
                "/api/v1/clinics/" + world.clinic + "/visits/" + day + "/coding",
                "{\"emCode\":\"99213\",\"diagnoses\":[\"G43.7\"]}",
                bearer(token));
        assertThat(category.statusCode()).as(category.body()).isEqualTo(400);
        assertThat(JSON.readTree(category.body())
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("diagnoses[0]");
        HttpResponse<String> coded = http.send(
                "PUT",
                "/api/v1/clinics/" + world.clinic + "/visits/" + day + "/coding",
                "{\"emCode\":\"99213\",\"diagnoses\":[\"F33.1\"]}",
                bearer(token));
        assertThat(coded.statusCode()).as(coded.body()).isEqualTo(200);

        HttpResponse<String> r = http.post(
                "/api/v1/superbills",
                "{\"patientId\":\"" + grace + "\",\"from\":\"2026-11-01\",\"to\":\"2026-11-30\"}",
                bearer(token));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode s = JSON.readTree(r.body());
        JsonNode lines = s.get("visits").get(0).get("lines");
        assertThat(lines.get(0).get("code").asString()).isEqualTo("99213");
        assertThat(lines.get(0).get("modifiers").get(0).asString()).isEqualTo("25");
        assertThat(lines.get(0).get("diagnosisPointers").asString()).isEqualTo("AB");
        assertThat(s.get("diagnoses").get(1).get("code").asString()).isEqualTo("F33.1");
    }

    @Test
    void shouldNameBadInputWithoutIssuingAnything() {
        assertThat(JSON.readTree(http.post(
                                        "/api/v1/superbills",
                                        "{\"from\":\"2026-11-30\",\"to\":\"2026-11-01\"}",
                                        bearer(graceToken))
                                .body())
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("to");
        HttpResponse<String> noDates = http.post("/api/v1/superbills", "{}", bearer(graceToken));
        assertThat(noDates.statusCode()).isEqualTo(400);
        assertThat(noDates.body()).contains("from", "to");
        HttpResponse<String> badZip = http.post(
                "/api/v1/superbills",
                "{\"from\":\"2026-11-01\",\"to\":\"2026-11-30\",\"address\":{\"street\":\"1 A St\",\"city\":\"B\",\"state\":\"XX\",\"zip\":\"1\"}}",
                bearer(graceToken));
        assertThat(badZip.statusCode()).isEqualTo(400);
        assertThat(badZip.body()).contains("address.state");
        HttpResponse<String> farOff =
                http.post("/api/v1/superbills", "{\"from\":\"0001-01-01\",\"to\":\"0001-01-02\"}", bearer(graceToken));
        assertThat(farOff.statusCode()).isEqualTo(400);
        HttpResponse<String> nothing =
                http.post("/api/v1/superbills", "{\"from\":\"2026-11-01\",\"to\":\"2026-11-30\"}", bearer(graceToken));
        assertThat(nothing.statusCode()).as(nothing.body()).isEqualTo(422);
        assertThat(nothing.body()).contains("period");
    }

    @Test
    void shouldRecordPaymentsOnlyByClinicStaffWithoutCardDataAndCountThemAsPaid() {
        UUID visit = billing.infusion(grace, NOV_3, 60, "35");
        billing.address(grace);
        String staff = world.token(world.admin());
        String path = "/api/v1/clinics/" + world.clinic + "/visits/" + visit + "/payments";
        HttpResponse<String> ok = http.post(
                path,
                "{\"paidOn\":\"2026-11-03\",\"amountUsd\":300.50,\"method\":\"CHECK\",\"reference\":\"Check 1042\"}",
                bearer(staff));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        JsonNode payment = JSON.readTree(ok.body());
        assertThat(payment.get("receiptNumber").asString()).matches("R-2026-[0-9]{6}");
        assertThat(payment.get("methodLabel").asString()).isEqualTo("Check");
        assertThat(field(http.post(
                        path, "{\"paidOn\":\"2026-11-03\",\"amountUsd\":1.005,\"method\":\"CARD\"}", bearer(staff))))
                .isEqualTo("amountUsd");
        assertThat(field(http.post(
                        path, "{\"paidOn\":\"2026-11-03\",\"amountUsd\":10,\"method\":\"BITCOIN\"}", bearer(staff))))
                .isEqualTo("method");
        assertThat(field(http.post(
                        path, "{\"paidOn\":\"2027-06-01\",\"amountUsd\":10,\"method\":\"CASH\"}", bearer(staff))))
                .isEqualTo("paidOn");
        assertThat(field(http.post(
                        path,
                        "{\"paidOn\":\"2026-11-03\",\"amountUsd\":10,\"method\":\"CARD\",\"reference\":\"4111111111111111\"}",
                        bearer(staff))))
                .isEqualTo("reference");
        assertThat(http.post(
                                path,
                                "{\"paidOn\":\"2026-11-03\",\"amountUsd\":10,\"method\":\"CASH\"}",
                                bearer(graceToken))
                        .statusCode())
                .isEqualTo(404);
        JsonNode s = issueAsGrace();
        assertThat(s.get("totalPaidUsd").decimalValue()).isEqualByComparingTo("300.50");
        assertThat(s.get("balanceUsd").decimalValue()).isEqualByComparingTo("249.50");
    }

    @Test
    void shouldBill96127OncePerScreenerScoredInTheSharedAssessmentOfACodedConsultation() {
        String token = world.assessmentOf(grace); // depression, PHQ-9 scored
        UUID reference = assessments.shareReference(token, grace).orElseThrow();
        UUID consult = billing.visit(grace, "FREE_CONSULT", NOV_3);
        jdbc.sql("update appointment set assessment_id = :r where id = :id")
                .param("r", reference)
                .param("id", consult)
                .update();
        jdbc.sql("""
                        insert into billing_visit_coding (appointment_id, clinic_id, em_code, diagnoses, place_of_service,
                            chosen_by, chosen_at)
                        values (:a, :c, '99204', '{F33.1}', '02', :by, now())
                        """)
                .param("a", consult)
                .param("c", world.clinic)
                .param("by", UUID.randomUUID())
                .update();
        billing.address(grace);
        int scored = assessments
                .sharedResult(grace, reference, world.clinic)
                .orElseThrow()
                .scores()
                .size();
        assertThat(scored).isPositive();
        JsonNode visit = issueAsGrace().get("visits").get(0);
        assertThat(visit.get("placeOfService").asString()).isEqualTo("02");
        assertThat(codes(visit)).containsExactly("99204x1", "96127x" + scored);
        assertThat(visit.get("lines").get(0).get("modifiers")).isEmpty();
    }

    @Test
    void shouldPutModifier25OnAConsultationsEmCodeOnTheDayOfAnInfusion() {
        billing.infusion(grace, NOV_3, 60, "35");
        UUID consult = billing.visit(grace, "FREE_CONSULT", NOV_3);
        jdbc.sql("""
                        insert into billing_visit_coding (appointment_id, clinic_id, em_code, diagnoses, chosen_by,
                            chosen_at)
                        values (:a, :c, '99214', '{G43.719}', :by, now())
                        """)
                .param("a", consult)
                .param("c", world.clinic)
                .param("by", UUID.randomUUID())
                .update();
        billing.address(grace);
        JsonNode visits = issueAsGrace().get("visits");
        List<String> all = new ArrayList<>();
        visits.forEach(v -> v.get("lines")
                .forEach(l -> all.add(l.get("code").asString()
                        + (l.get("modifiers").isEmpty()
                                ? ""
                                : "-" + l.get("modifiers").get(0).asString()))));
        assertThat(all).contains("99214-25", "96365", "J3490");
    }

    static String field(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        return JSON.readTree(response.body()).get("errors").get(0).get("field").asString();
    }
}
