package org.ketapath.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestConstructor;

/**
 * The assessment's instruments as SDC Questionnaires, checked against {@code /api/v1/instruments} on the same
 * definitions; every resource is validated by {@link FhirClient}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class FhirQuestionnaireTests {

    final FhirClient fhir;

    FhirQuestionnaireTests(@Value("${local.server.port}") int port) {
        this.fhir = new FhirClient(port);
    }

    @Test
    void shouldListEveryInstrumentAsAQuestionnaire() {
        Bundle bundle = fhir.get("Questionnaire", 200, Bundle.class);

        assertThat(bundle.getEntry())
                .extracting(e -> e.getResource().getIdElement().getIdPart())
                .containsExactlyInAnyOrder("gad-7", "hit-6", "id-migraine", "midas", "phq-9");
    }

    @Test
    void shouldGiveThePhq9ItsFreeItemTextsAndLabelledAnswers() {
        Questionnaire phq9 = fhir.get("Questionnaire/phq-9", 200, Questionnaire.class);

        assertThat(phq9.getStatus().toCode()).isEqualTo("active");
        assertThat(phq9.getItem()).hasSize(9);
        QuestionnaireItemComponent q9 = phq9.getItem().get(8);
        assertThat(q9.getLinkId()).isEqualTo("q9");
        assertThat(q9.getText())
                .isEqualTo("Thoughts that you would be better off dead or of hurting yourself in some way");
        assertThat(q9.getType()).isEqualTo(Questionnaire.QuestionnaireItemType.CHOICE);
        assertThat(q9.getAnswerOption())
                .extracting(o -> ((Coding) o.getValue()).getCode() + "=" + ((Coding) o.getValue()).getDisplay())
                .containsExactly("0=Not at all", "1=Several days", "2=More than half the days", "3=Nearly every day");
        assertThat(phq9.getCopyright()).contains("No permission required");
    }

    @Test
    void shouldNotReproduceTheLicensedHit6ItemTexts() {
        Questionnaire hit6 = fhir.get("Questionnaire/hit-6", 200, Questionnaire.class);

        assertThat(hit6.getItem()).hasSize(6);
        List<String> texts =
                hit6.getItem().stream().map(QuestionnaireItemComponent::getText).toList();
        assertThat(texts).first().isEqualTo("Item 1 (text not licensed for reproduction)");
        assertThat(texts).allSatisfy(text -> assertThat(text).endsWith("(text not licensed for reproduction)"));
        assertThat(hit6.getCopyright()).contains("proprietary");
    }

    @Test
    void shouldAnswerAnUnknownInstrumentWith404() {
        fhir.refused("Questionnaire/phq-10", 404);
    }
}
