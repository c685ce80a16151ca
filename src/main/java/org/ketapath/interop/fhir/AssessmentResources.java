package org.ketapath.interop.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.jspecify.annotations.Nullable;
import org.ketapath.assessment.AssessmentApi;
import org.ketapath.assessment.InstrumentForm;
import org.ketapath.assessment.OwnScreen;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
import org.ketapath.platform.web.CurrentAccount;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The signed-in patient's own assessments: each instrument answered as a {@code QuestionnaireResponse} and its
 * total as an {@code Observation} (category {@code survey}) derived from it. Id: {@code <result reference>.<instrument>}
 * (the share reference, never the result's id, which grants access). Anyone else's: 404; a search for another
 * patient: an empty bundle.
 */
@Configuration(proxyBeanMethods = false)
class AssessmentResources {

    static final String LOINC = "http://loinc.org";
    static final Map<String, Coding> TOTAL_CODES = Map.of(
            "phq-9",
            new Coding(LOINC, "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"),
            "gad-7",
            new Coding(LOINC, "70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]"));

    @Bean
    QuestionnaireResponseProvider questionnaireResponseProvider(AssessmentApi assessments, AuditTrail audit) {
        return new QuestionnaireResponseProvider(new Screens(assessments, audit, "QuestionnaireResponse"));
    }

    @Bean
    SurveyObservationProvider surveyObservationProvider(AssessmentApi assessments, AuditTrail audit) {
        return new SurveyObservationProvider(new Screens(assessments, audit, "Observation"));
    }

    /** The caller's own screens, found by id or by patient, with the reads audited. */
    record Screens(AssessmentApi assessments, AuditTrail audit, String type) {

        static String id(OwnScreen screen) {
            return screen.reference() + "." + screen.instrument();
        }

        OwnScreen read(IdType id) {
            CurrentAccount account = FhirAccess.signedIn();
            Optional<OwnScreen> screen = assessments.ownScreens(account.id()).stream()
                    .filter(s -> id(s).equals(id.getIdPart()))
                    .findFirst();
            if (screen.isEmpty()) {
                audit.record(new AuditEvent("READ", type, id.getIdPart(), null, null, AuditEvent.Outcome.DENIED));
                throw Problems.notFound(id);
            }
            audit.record(AuditEvent.success("READ", type, id.getIdPart(), account.id()));
            return screen.get();
        }

        List<OwnScreen> search(@Nullable ReferenceParam patient, @Nullable ReferenceParam subject) {
            CurrentAccount account = FhirAccess.signedIn();
            for (ReferenceParam[] named : new ReferenceParam[][] {{patient}, {subject}}) {
                ReferenceParam reference = named[0];
                if (reference == null) {
                    continue;
                }
                String name = reference == patient ? "patient" : "subject";
                if (reference.getResourceType() != null && !"Patient".equals(reference.getResourceType())) {
                    throw Problems.invalid(name, "must reference a Patient");
                }
                if (!reference.getIdPart().equals(account.id().toString())) {
                    return List.of();
                }
            }
            List<OwnScreen> screens = assessments.ownScreens(account.id());
            if (!screens.isEmpty()) {
                audit.record(AuditEvent.success("SEARCH", type, account.id().toString(), account.id()));
            }
            return screens;
        }

        InstrumentForm form(OwnScreen screen) {
            return assessments.instrument(screen.instrument()).orElseThrow();
        }
    }

    /** {@code QuestionnaireResponse}: what was answered, item by item, as the Questionnaire asks it. */
    static final class QuestionnaireResponseProvider implements IResourceProvider {

        private final Screens screens;

        QuestionnaireResponseProvider(Screens screens) {
            this.screens = screens;
        }

        @Override
        public Class<QuestionnaireResponse> getResourceType() {
            return QuestionnaireResponse.class;
        }

        @Read
        public QuestionnaireResponse read(@IdParam IdType id) {
            OwnScreen screen = screens.read(id);
            return response(
                    screen,
                    screens.form(screen),
                    CurrentAccount.get().orElseThrow().id());
        }

        @Search
        public List<QuestionnaireResponse> search(
                @OptionalParam(name = QuestionnaireResponse.SP_PATIENT) @Nullable ReferenceParam patient,
                @OptionalParam(name = QuestionnaireResponse.SP_SUBJECT) @Nullable ReferenceParam subject) {
            UUID owner = FhirAccess.signedIn().id();
            return screens.search(patient, subject).stream()
                    .map(s -> response(s, screens.form(s), owner))
                    .toList();
        }

        static QuestionnaireResponse response(OwnScreen screen, InstrumentForm form, UUID owner) {
            QuestionnaireResponse response = new QuestionnaireResponse();
            response.setId(Screens.id(screen));
            response.setQuestionnaire(QuestionnaireProvider.BASE + form.id());
            response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
            response.setSubject(new Reference("Patient/" + owner));
            response.setAuthor(new Reference("Patient/" + owner));
            response.setAuthoredElement(new DateTimeType(Date.from(screen.answeredAt())));
            List<ItemText> items = ItemText.of(form);
            for (ItemText item : items) {
                Object answer = screen.answers().get(item.item().id());
                if (answer == null) {
                    continue;
                }
                QuestionnaireResponse.QuestionnaireResponseItemComponent entry =
                        response.addItem().setLinkId(item.item().id()).setText(item.text());
                entry.addAnswer().setValue(value(form, item.item(), answer));
            }
            return response;
        }

        private static org.hl7.fhir.r4.model.Type value(
                InstrumentForm form, InstrumentForm.FormItem item, Object answer) {
            if (answer instanceof Boolean yes) {
                return new BooleanType(yes);
            }
            String code = String.valueOf(answer);
            return item.choices().stream()
                    .filter(c -> c.value().equals(code))
                    .findFirst()
                    .<org.hl7.fhir.r4.model.Type>map(
                            c -> new Coding(QuestionnaireProvider.ANSWERS + form.id(), c.value(), c.label()))
                    .orElseGet(() -> new IntegerType(((Number) answer).intValue()));
        }
    }

    /** An item with the text the Questionnaire gives it. */
    record ItemText(InstrumentForm.FormItem item, String text) {
        static List<ItemText> of(InstrumentForm form) {
            List<ItemText> all = new java.util.ArrayList<>();
            int number = 1;
            for (InstrumentForm.FormItem item : form.items()) {
                all.add(new ItemText(item, QuestionnaireProvider.text(item, number++)));
            }
            return all;
        }
    }

    /** {@code Observation} (category {@code survey}): an instrument's total, derived from its response. */
    static final class SurveyObservationProvider implements IResourceProvider {

        private final Screens screens;

        SurveyObservationProvider(Screens screens) {
            this.screens = screens;
        }

        @Override
        public Class<Observation> getResourceType() {
            return Observation.class;
        }

        @Read
        public Observation read(@IdParam IdType id) {
            OwnScreen screen = screens.read(id);
            return observation(
                    screen,
                    screens.form(screen),
                    CurrentAccount.get().orElseThrow().id());
        }

        @Search
        public List<Observation> search(
                @OptionalParam(name = Observation.SP_PATIENT) @Nullable ReferenceParam patient,
                @OptionalParam(name = Observation.SP_SUBJECT) @Nullable ReferenceParam subject) {
            UUID owner = FhirAccess.signedIn().id();
            return screens.search(patient, subject).stream()
                    .map(s -> observation(s, screens.form(s), owner))
                    .toList();
        }

        static Observation observation(OwnScreen screen, InstrumentForm form, UUID owner) {
            Observation observation = new Observation();
            observation.setId(Screens.id(screen));
            observation.setStatus(Observation.ObservationStatus.FINAL);
            observation.addCategory(new CodeableConcept(
                    new Coding("http://terminology.hl7.org/CodeSystem/observation-category", "survey", "Survey")));
            Coding total = TOTAL_CODES.get(form.id());
            CodeableConcept code = total == null ? new CodeableConcept() : new CodeableConcept(total.copy());
            code.setText(form.shortTitle() + " total score");
            observation.setCode(code);
            observation.setSubject(new Reference("Patient/" + owner));
            observation.setEffective(new DateTimeType(Date.from(screen.answeredAt())));
            observation.setValue(new IntegerType(screen.total()));
            observation.addInterpretation().setText(screen.band());
            observation.addDerivedFrom(new Reference("QuestionnaireResponse/" + Screens.id(screen)));
            return observation;
        }
    }
}
