package org.ketapath.treatment.domain;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
import org.ketapath.scheduling.SchedulingApi;
import org.ketapath.treatment.domain.SessionRecord.CourseView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Treatment courses, the clinic's consent text and the patient's acceptance of it. */
@Service
public class CourseService {

    private final TreatmentRepository repository;
    private final IcdCodes icdCodes;
    private final SchedulingApi scheduling;
    private final AuditTrail audit;
    private final TreatmentClock clock;

    CourseService(
            TreatmentRepository repository,
            IcdCodes icdCodes,
            SchedulingApi scheduling,
            AuditTrail audit,
            TreatmentClock clock) {
        this.repository = repository;
        this.icdCodes = icdCodes;
        this.scheduling = scheduling;
        this.audit = audit;
        this.clock = clock;
    }

    /** Starts a course for a patient who booked with the clinic; anyone else's clinic or patient is not found. */
    @Transactional
    public UUID create(Staff staff, UUID clinicId, UUID patientId, Inputs.Course in) {
        if (!staff.worksFor(clinicId) || !scheduling.hasAppointmentWith(patientId, clinicId)) {
            audit.record(event("CREATE", "TreatmentCourse", null, patientId, clinicId)
                    .withOutcome(AuditEvent.Outcome.DENIED));
            throw new TreatmentRefusal.NotFound();
        }
        IcdCodes.Code code = icdCodes.find(in.icd10())
                .orElseThrow(() -> new TreatmentRefusal.InvalidInput(
                        "icd10", "is not an ICD-10-CM code on the list for the conditions treated here"));
        if (code.condition() != in.condition()) {
            throw new TreatmentRefusal.InvalidInput("icd10", "is not a code for the condition given");
        }
        checkProtocol(in);
        UUID id = UUID.randomUUID();
        repository.insertCourse(id, clinicId, patientId, in, code.code(), staff.accountId(), clock.now());
        audit.record(event("CREATE", "TreatmentCourse", id.toString(), patientId, clinicId));
        return id;
    }

    private static void checkProtocol(Inputs.Course in) {
        if (in.route() == Route.INTRANASAL_ESKETAMINE) {
            if (in.fixedDoseMg() == null) {
                throw new TreatmentRefusal.InvalidInput("fixedDoseMg", "is required for esketamine");
            }
            if (in.doseMgPerKg() != null) {
                throw new TreatmentRefusal.InvalidInput("doseMgPerKg", "is not used for esketamine (fixed dose)");
            }
        } else if (in.doseMgPerKg() == null) {
            throw new TreatmentRefusal.InvalidInput("doseMgPerKg", "is required for this route");
        } else if (in.fixedDoseMg() != null) {
            throw new TreatmentRefusal.InvalidInput("fixedDoseMg", "is only for esketamine");
        }
        if (in.route().infusion() && in.rateMgPerKgPerHour() == null) {
            throw new TreatmentRefusal.InvalidInput("rateMgPerKgPerHour", "is required for IV infusions");
        }
    }

    /** Publishes a new version of the clinic's consent text. */
    @Transactional
    public ConsentTextView publishText(Staff staff, UUID clinicId, Inputs.ConsentText in) {
        if (!staff.worksFor(clinicId)) {
            throw new TreatmentRefusal.NotFound();
        }
        UUID id = UUID.randomUUID();
        int version = repository.insertText(id, clinicId, in.markdown(), staff.accountId(), clock.now());
        return new ConsentTextView(id, clinicId, version);
    }

    /** A published consent text. */
    public record ConsentTextView(UUID id, UUID clinicId, int version) {}

    /**
     * A consent form waiting for the patient: the clinic's current text for one of their courses.
     *
     * @param id the form's id (the course's: one consent per course)
     * @param clinicId the clinic
     * @param condition the course's condition
     * @param route the course's route
     * @param textVersion the version of the clinic's text
     * @param markdown the text
     */
    public record ConsentForm(
            UUID id, UUID clinicId, Condition condition, Route route, int textVersion, String markdown) {}

    /** The consent forms that wait for the patient's acceptance. */
    @Transactional(readOnly = true)
    public List<ConsentForm> pendingForms(UUID patientId) {
        List<ConsentForm> forms = repository.coursesOfPatient(patientId).stream()
                .filter(c -> c.consentAcceptedAt() == null)
                .flatMap(c -> repository.latestText(c.clinicId()).stream()
                        .map(t -> new ConsentForm(
                                c.id(), c.clinicId(), c.condition(), c.route(), t.version(), t.markdown())))
                .toList();
        audit.record(event("READ", "ConsentForm", null, patientId, null));
        return forms;
    }

    /** The patient accepts the clinic's current consent text for their course by typing their full name. */
    @Transactional
    public void accept(UUID patientId, UUID formId, Inputs.Acceptance in) {
        CourseView course = repository
                .course(formId)
                .filter(c -> c.patientId().equals(patientId))
                .orElseThrow(TreatmentRefusal.NotFound::new);
        if (course.consentAcceptedAt() != null) {
            throw new TreatmentRefusal.Conflict("consent-given", "This consent was already accepted.");
        }
        TreatmentRepository.Text text =
                repository.latestText(course.clinicId()).orElseThrow(TreatmentRefusal.Conflict::noConsentText);
        repository.accept(
                course.id(),
                course.clinicId(),
                patientId,
                text.id(),
                in.fullName().strip(),
                clock.now());
        audit.record(event("CREATE", "TreatmentConsent", course.id().toString(), patientId, course.clinicId()));
    }

    static AuditEvent event(String action, String type, @Nullable String id, UUID patient, @Nullable UUID clinic) {
        return AuditEvent.success(action, type, id, patient).forClinic(clinic);
    }
}
