package org.ketapath.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ketapath.directory.domain.ClinicRegistry;
import org.ketapath.directory.domain.NewClinic;
import org.ketapath.directory.domain.NppesImporter;
import org.ketapath.shared.Npi;
import org.ketapath.shared.UsState;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestConstructor;

/** Import from the NPPES file format: match by NPI, fill identity, add licence slots as PENDING evidence. */
@SpringBootTest(properties = "ketapath.command.exit=false")
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class NppesImportTests {

    static final Path SAMPLE = Path.of("src/test/resources/nppes/npidata_pfile_sample.csv");

    final ClinicRegistry registry;
    final NppesImporter importer;
    final JdbcClient jdbc;
    final ApplicationContext context;

    NppesImportTests(ClinicRegistry registry, NppesImporter importer, JdbcClient jdbc, ApplicationContext context) {
        this.registry = registry;
        this.importer = importer;
        this.jdbc = jdbc;
        this.context = context;
    }

    UUID clinicWithPractitioner(String npi) {
        NewClinic base = Clinics.at("82001").build();
        NewClinic.NewPractitioner practitioner = new NewClinic.NewPractitioner(
                UUID.randomUUID(),
                "Unknown",
                "Unknown",
                "",
                new Npi(npi),
                null,
                List.of(new NewClinic.NewLicence(
                        UUID.randomUUID(),
                        UsState.WY,
                        "WY-1",
                        "MD",
                        java.time.LocalDate.now().plusYears(1),
                        "VERIFIED",
                        null)));
        NewClinic clinic = new NewClinic(
                base.id(),
                base.name(),
                base.description(),
                base.phone(),
                base.website(),
                base.timezone(),
                true,
                "VERIFIED",
                Clinics.ADMIN,
                base.modalities(),
                base.conditions(),
                base.payment(),
                50,
                30,
                base.location(),
                List.of(practitioner),
                base.prices());
        return registry.register(clinic);
    }

    @Test
    void the_sample_has_the_329_columns_of_the_real_file() throws Exception {
        String header = Files.readAllLines(SAMPLE).get(0);
        assertThat(header.split("\",\"")).hasSize(329);
        assertThat(header)
                .startsWith("\"NPI\",\"Entity Type Code\"")
                .contains("\"Provider License Number State Code_15\"", "\"Healthcare Provider Taxonomy Group_15\"");
    }

    @Test
    void matches_by_npi_fills_identity_and_adds_licence_slots_as_pending_evidence_once() throws Exception {
        UUID clinic = clinicWithPractitioner("1900000013");

        NppesImporter.Result result = importer.importFile(SAMPLE);

        assertThat(result.rows()).isEqualTo(5);
        assertThat(result.individuals()).isEqualTo(4);
        assertThat(result.invalidNpis()).isEqualTo(1);
        assertThat(result.matchedPractitioners()).isEqualTo(1);
        assertThat(result.licencesAdded()).isEqualTo(2);
        Map<String, Object> practitioner = jdbc.sql(
                        "SELECT given_name, family_name, credentials, taxonomy_code FROM practitioner WHERE clinic_id = :c")
                .param("c", clinic)
                .query()
                .singleRow();
        assertThat(practitioner)
                .containsEntry("given_name", "Dana")
                .containsEntry("family_name", "Sample")
                .containsEntry("credentials", "M.D.")
                .containsEntry("taxonomy_code", "207L00000X");
        List<Map<String, Object>> licences = jdbc.sql("SELECT state, number, status, source, evidence_note FROM licence"
                        + " WHERE clinic_id = :c AND source = 'NPPES' ORDER BY state")
                .param("c", clinic)
                .query()
                .listOfRows();
        assertThat(licences).extracting(l -> l.get("state")).containsExactly("NJ", "PA");
        assertThat(licences).extracting(l -> l.get("status")).containsOnly("PENDING");
        assertThat((String) licences.get(1).get("evidence_note")).contains("slot 1", "self-reported");

        assertThat(importer.importFile(SAMPLE).licencesAdded()).isZero();
    }

    @Test
    void the_command_line_option_runs_the_import() throws Exception {
        UUID clinic = clinicWithPractitioner("1900000021");
        for (ApplicationRunner runner :
                context.getBeansOfType(ApplicationRunner.class).values()) {
            runner.run(new DefaultApplicationArguments("--import-nppes=" + SAMPLE));
        }
        assertThat(jdbc.sql("SELECT family_name FROM practitioner WHERE clinic_id = :c")
                        .param("c", clinic)
                        .query(String.class)
                        .single())
                .isEqualTo("Example, Jr");
    }
}
