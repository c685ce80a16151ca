package org.ketapath.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.ketapath.directory.Clinics;
import org.ketapath.directory.domain.ClinicRegistry;
import org.ketapath.identity.ConsentApi;
import org.ketapath.identity.IdentityFixtures;
import org.ketapath.identity.Role;
import org.ketapath.identity.domain.Mfa;
import org.ketapath.identity.domain.StaffAccounts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestConstructor;

/**
 * {@code Patient}: the patient's own record, and a clinic's staff while the patient shares with the clinic; anyone
 * else 404, without a token 401; reads audited. Every resource is validated by {@link FhirClient}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class FhirPatientTests {

    final FhirClient fhir;
    final IdentityFixtures fixtures;
    final ClinicRegistry registry;
    final ConsentApi consents;
    final JdbcClient jdbc;

    FhirPatientTests(
            @Value("${local.server.port}") int port,
            StaffAccounts staff,
            Mfa mfa,
            JdbcClient jdbc,
            ClinicRegistry registry,
            ConsentApi consents) {
        this.fhir = new FhirClient(port);
        this.fixtures = new IdentityFixtures(fhir.http(), staff, mfa, jdbc);
        this.registry = registry;
        this.consents = consents;
        this.jdbc = jdbc;
    }

    private String[] bearer(String email, boolean staff) {
        return new String[] {"Authorization", "Bearer " + fixtures.token(email, staff)};
    }

    @Test
    void shouldGiveThePatientTheirOwnRecordAndAuditTheRead() {
        String email = IdentityFixtures.uniqueEmail("fhir-patient");
        UUID patient = fixtures.verifiedPatient(email);

        Patient own = fhir.get("Patient/" + patient, 200, Patient.class, bearer(email, false));

        assertThat(own.getIdElement().getIdPart()).isEqualTo(patient.toString());
        assertThat(own.getNameFirstRep().getFamily()).isEqualTo("Hopper");
        assertThat(own.getNameFirstRep().getGivenAsSingleString()).isEqualTo("Grace");
        assertThat(own.getBirthDateElement().getValueAsString()).isEqualTo("1980-01-02");
        assertThat(own.getTelecom()).extracting(ContactPoint::getValue).containsExactly(email);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'READ' and resource_type = 'Patient'"
                                + " and resource_id = :id and outcome = 'SUCCESS'")
                        .param("id", patient.toString())
                        .query(Integer.class)
                        .single())
                .isPositive();
    }

    @Test
    void shouldGiveTheClinicsStaffThePatientOnlyWhileThePatientSharesWithTheClinic() {
        String email = IdentityFixtures.uniqueEmail("fhir-shared");
        UUID patient = fixtures.verifiedPatient(email);
        // Boise, Idaho: away from the Philadelphia clinics whose searches other classes in this context count.
        UUID clinic = registry.register(Clinics.at("83702").build());
        UUID otherClinic = registry.register(Clinics.at("83706").build());
        String staffEmail = IdentityFixtures.uniqueEmail("fhir-patient-staff");
        fixtures.staff(staffEmail, Role.CLINICIAN, clinic);
        String otherStaffEmail = IdentityFixtures.uniqueEmail("fhir-patient-otherstaff");
        fixtures.staff(otherStaffEmail, Role.CLINICIAN, otherClinic);
        String[] staff = bearer(staffEmail, true);

        fhir.refused("Patient/" + patient, 404, staff);

        consents.grant(patient, clinic, ConsentApi.Scope.ASSESSMENT_RESULTS);

        Patient shared = fhir.get("Patient/" + patient, 200, Patient.class, staff);
        assertThat(shared.getNameFirstRep().getFamily()).isEqualTo("Hopper");
        fhir.refused("Patient/" + patient, 404, bearer(otherStaffEmail, true));
    }

    @Test
    void shouldHideAPatientFromOtherPatientsAndAnswer401WithoutAToken() {
        UUID patient = fixtures.verifiedPatient(IdentityFixtures.uniqueEmail("fhir-hidden"));
        String otherEmail = IdentityFixtures.uniqueEmail("fhir-nosy");
        fixtures.verifiedPatient(otherEmail);

        fhir.refused("Patient/" + patient, 404, bearer(otherEmail, false));
        fhir.refused("Patient/not-a-uuid", 404, bearer(otherEmail, false));
        fhir.refused("Patient/" + patient, 401);
    }
}
