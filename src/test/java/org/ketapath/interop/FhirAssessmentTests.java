package org.ketapath.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;
import org.ketapath.assessment.AssessmentApi;
import org.ketapath.identity.IdentityFixtures;
import org.ketapath.identity.domain.Mfa;
import org.ketapath.identity.domain.StaffAccounts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestConstructor;
import tools.jackson.databind.json.JsonMapper;

/**
 * A patient's own assessment as QuestionnaireResponses and survey Observations (only theirs; others 404 or an
 * empty search). Every resource is validated by {@link FhirClient}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class FhirAssessmentTests {

    static final String ASSESSMENT = """
            { "condition": "MIGRAINE", "ageYears": 34, "zip": "19107",
              "migraine": {"headacheDaysPerMonth": 18, "averagePain": 7, "preventiveClassesTried": 3,
                           "acuteMedicationDaysPerMonth": 12},
              "screens": {"phq-9": {"q1":1,"q2":1,"q3":1,"q4":1,"q5":0,"q6":0,"q7":0,"q8":0,"q9":0},
                          "midas": {"q1":2,"q2":3,"q3":4,"q4":1,"q5":2,"a":30,"b":7}},
              "medications": [],
              "safety": {"pregnant": false, "uncontrolledHypertension": false, "psychosisHistory": false,
                         "substanceUseDisorder": false, "severeLiverDisease": false,
                         "raisedIntracranialOrIntraocularPressure": false, "unstableHeartDisease": false},
              "preferences": {"setting": "IN_CLINIC", "maxDistanceMiles": 50} }
            """;

    final FhirClient fhir;
    final IdentityFixtures fixtures;
    final AssessmentApi assessments;

    FhirAssessmentTests(
            @Value("${local.server.port}") int port,
            StaffAccounts staff,
            Mfa mfa,
            JdbcClient jdbc,
            AssessmentApi assessments) {
        this.fhir = new FhirClient(port);
        this.fixtures = new IdentityFixtures(fhir.http(), staff, mfa, jdbc);
        this.assessments = assessments;
    }

    /** A verified patient who took the assessment and owns it; returns the patient's id and reference. */
    static String[] patientWithAssessment(FhirClient fhir, IdentityFixtures fixtures, AssessmentApi assessments) {
        String email = IdentityFixtures.uniqueEmail("fhir-assessed");
        UUID patient = fixtures.verifiedPatient(email);
        String resultId = JsonMapper.builder()
                .build()
                .readTree(fhir.http().post("/api/v1/assessments", ASSESSMENT).body())
                .get("id")
                .asText();
        assertThat(assessments.attachToAccount(resultId, patient)).isTrue();
        UUID reference = assessments.shareReference(resultId, patient).orElseThrow();
        return new String[] {patient.toString(), reference.toString(), fixtures.token(email, false)};
    }

    @Test
    void shouldGiveThePatientTheirAnswersAndTotalsWithTheLoincCodeWhereOneExists() {
        String[] owner = patientWithAssessment(fhir, fixtures, assessments);
        String[] auth = {"Authorization", "Bearer " + owner[2]};

        Bundle responses = fhir.get("QuestionnaireResponse?patient=Patient/" + owner[0], 200, Bundle.class, auth);
        assertThat(responses.getEntry())
                .extracting(e -> e.getResource().getIdElement().getIdPart())
                .containsExactlyInAnyOrder(owner[1] + ".phq-9", owner[1] + ".midas");

        QuestionnaireResponse phq9 =
                fhir.get("QuestionnaireResponse/" + owner[1] + ".phq-9", 200, QuestionnaireResponse.class, auth);
        assertThat(phq9.getQuestionnaire()).endsWith("/Questionnaire/phq-9");
        assertThat(phq9.getSubject().getReference()).isEqualTo("Patient/" + owner[0]);
        assertThat(phq9.getItem()).hasSize(9);
        Coding q1 = phq9.getItemFirstRep().getAnswerFirstRep().getValueCoding();
        assertThat(q1.getCode() + "=" + q1.getDisplay()).isEqualTo("1=Several days");

        Observation total = fhir.get("Observation/" + owner[1] + ".phq-9", 200, Observation.class, auth);
        assertThat(total.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("survey");
        assertThat(total.getCode().getCodingFirstRep().getSystem()).isEqualTo("http://loinc.org");
        assertThat(total.getCode().getCodingFirstRep().getCode()).isEqualTo("44261-6");
        assertThat(total.getValueIntegerType().getValue()).isEqualTo(4);
        assertThat(total.getDerivedFromFirstRep().getReference())
                .isEqualTo("QuestionnaireResponse/" + owner[1] + ".phq-9");

        Observation midas = fhir.get("Observation/" + owner[1] + ".midas", 200, Observation.class, auth);
        assertThat(midas.getCode().getCoding()).isEmpty();
        assertThat(midas.getCode().getText()).isEqualTo("MIDAS total score");
        assertThat(midas.getValueIntegerType().getValue()).isEqualTo(12);

        Bundle observations = fhir.get("Observation?subject=Patient/" + owner[0], 200, Bundle.class, auth);
        assertThat(observations.getEntry()).hasSize(2);
    }

    @Test
    void shouldHideAPatientsAssessmentsFromAnyoneElse() {
        String[] owner = patientWithAssessment(fhir, fixtures, assessments);
        String[] other = patientWithAssessment(fhir, fixtures, assessments);
        String[] auth = {"Authorization", "Bearer " + other[2]};

        fhir.refused("QuestionnaireResponse/" + owner[1] + ".phq-9", 404, auth);
        fhir.refused("Observation/" + owner[1] + ".phq-9", 404, auth);
        assertThat(fhir.get("QuestionnaireResponse?patient=Patient/" + owner[0], 200, Bundle.class, auth)
                        .getEntry())
                .isEmpty();
        assertThat(fhir.get("Observation?patient=" + owner[0], 200, Bundle.class, auth)
                        .getEntry())
                .isEmpty();
        fhir.refused("QuestionnaireResponse/" + owner[1] + ".phq-9", 401);
        fhir.refused("Observation?patient=" + owner[0], 401);
    }
}
