package org.ketapath.interop.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.List;
import java.util.Locale;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.ketapath.assessment.AssessmentApi;
import org.ketapath.assessment.InstrumentForm;
import org.springframework.stereotype.Component;

/**
 * {@code Questionnaire}: each instrument of the assessment, public as {@code /api/v1/instruments} is. Item texts
 * only where the instrument's licence lets them be reproduced; otherwise the item's number and a note.
 */
@Component
class QuestionnaireProvider implements IResourceProvider {

    static final String BASE = "https://ketapath.org/fhir/Questionnaire/";
    static final String ANSWERS = "https://ketapath.org/fhir/CodeSystem/answers-";

    private final AssessmentApi assessments;

    QuestionnaireProvider(AssessmentApi assessments) {
        this.assessments = assessments;
    }

    @Override
    public Class<Questionnaire> getResourceType() {
        return Questionnaire.class;
    }

    @Read
    public Questionnaire read(@IdParam IdType id) {
        return assessments
                .instrument(id.getIdPart())
                .map(QuestionnaireProvider::questionnaire)
                .orElseThrow(() -> Problems.notFound(id));
    }

    /** Every instrument. */
    @Search
    public List<Questionnaire> search() {
        return assessments.instruments().stream()
                .map(QuestionnaireProvider::questionnaire)
                .toList();
    }

    /** The item's text, or its number and why the text is not given. */
    static String text(InstrumentForm.FormItem item, int number) {
        return item.text() != null ? item.text() : "Item " + number + " (text not licensed for reproduction)";
    }

    static Questionnaire questionnaire(InstrumentForm form) {
        Questionnaire questionnaire = new Questionnaire();
        questionnaire.setId(form.id());
        questionnaire.setUrl(BASE + form.id());
        questionnaire.setName(form.shortTitle().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", ""));
        questionnaire.setTitle(form.title());
        questionnaire.setStatus(PublicationStatus.ACTIVE);
        questionnaire.addSubjectType("Patient");
        questionnaire.setDescription(form.instructions() + "\n\nSource: " + form.source());
        questionnaire.setCopyright(form.licence());
        int number = 1;
        for (InstrumentForm.FormItem item : form.items()) {
            Questionnaire.QuestionnaireItemComponent entry =
                    questionnaire.addItem().setLinkId(item.id());
            entry.setText(text(item, number));
            entry.setRequired(true);
            if (item.type().equals("boolean")) {
                entry.setType(QuestionnaireItemType.BOOLEAN);
            } else if (item.choices().isEmpty()) {
                entry.setType(QuestionnaireItemType.INTEGER);
            } else {
                entry.setType(QuestionnaireItemType.CHOICE);
                for (InstrumentForm.Choice choice : item.choices()) {
                    entry.addAnswerOption().setValue(new Coding(ANSWERS + form.id(), choice.value(), choice.label()));
                }
            }
            number++;
        }
        return questionnaire;
    }
}
