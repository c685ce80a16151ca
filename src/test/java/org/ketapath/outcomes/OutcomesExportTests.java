package org.ketapath.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.ketapath.identity.domain.PatientDetails;
import org.ketapath.identity.domain.StaffAccounts;
import org.ketapath.outcomes.domain.DiaryInput;
import org.ketapath.outcomes.domain.DiaryService;
import org.ketapath.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The patient's diary as CSV and outcomes as PDF, to take to a neurologist. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ketapath.outcomes.reminders.enabled=false")
class OutcomesExportTests {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    DiaryService diary;

    @Test
    void shouldExportTheDiaryAsCsvAndTheOutcomesAsATaggedPdf() throws IOException {
        String email = "export-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        UUID patient = accounts.createVerifiedPatient(
                email,
                "correct-horse-battery-9",
                new PatientDetails("Ada", "Lovelace", LocalDate.of(1985, 3, 4), "19107", null));
        LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
        diary.put(patient, today, DiaryInput.headacheFree());
        diary.put(
                patient,
                today.minusDays(1),
                new DiaryInput(
                        true,
                        7,
                        new java.math.BigDecimal("5"),
                        true,
                        true,
                        null,
                        true,
                        null,
                        null,
                        null,
                        null,
                        java.util.List.of(new DiaryInput.Medication("Maxalt, 10 mg", 1)),
                        null,
                        "Said \"ouch\""));
        WebClient web = new WebClient(port);
        web.signIn(email, "correct-horse-battery-9");

        HttpResponse<String> csv = web.get("/outcomes/diary.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        var records = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new java.io.StringReader(csv.body()))
                .getRecords();
        assertThat(records).hasSize(2);
        CSVRecord migraine = records.get(0);
        assertThat(migraine.get("migraine_day")).isEqualTo("true");
        assertThat(migraine.get("acute_medications")).isEqualTo("Maxalt, 10 mg x1 (Triptan)");
        assertThat(migraine.get("notes")).isEqualTo("Said \"ouch\"");

        HttpResponse<byte[]> pdf = web.getBytes("/outcomes/outcomes.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (var document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Headache diary outcomes");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Headache diary outcomes")
                    .contains("Migraine day");
        }
    }
}
