package org.ketapath.workspace.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.assessment.AssessmentApi;
import org.ketapath.assessment.SharedAssessment;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
import org.ketapath.identity.ClinicPatients;
import org.ketapath.identity.ConsentApi;
import org.ketapath.outcomes.OutcomesApi;
import org.ketapath.outcomes.PatientOutcomes;
import org.ketapath.scheduling.ClinicVisits;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient's chart for a clinic's staff, with the minimum necessary: who the patient is and how to reach them,
 * this clinic's visits with them, and the assessments they shared with this clinic (only while they share their
 * assessment results with it). Only staff of the clinic whose patient booked with it or shares with it see a
 * chart; for anyone else there is none. Every view is audited and appears in the patient's access report.
 */
@Service
public class PatientCharts {

    private final ClinicPatients patients;
    private final ClinicVisits visits;
    private final ConsentApi consents;
    private final AssessmentApi assessments;
    private final OutcomesApi outcomes;
    private final IntakeReviews reviews;
    private final AuditTrail audit;
    private final WorkspaceClock clock;

    PatientCharts(
            ClinicPatients patients,
            ClinicVisits visits,
            ConsentApi consents,
            AssessmentApi assessments,
            OutcomesApi outcomes,
            IntakeReviews reviews,
            AuditTrail audit,
            WorkspaceClock clock) {
        this.patients = patients;
        this.visits = visits;
        this.consents = consents;
        this.assessments = assessments;
        this.outcomes = outcomes;
        this.reviews = reviews;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A chart.
     *
     * @param patient who the patient is and how to reach them
     * @param age their age today, in whole years
     * @param visits this clinic's visits with the patient, in time order
     * @param intakes the assessments the patient shared with this clinic, newest first, each with its review
     */
    public record Chart(
            ClinicPatients.PatientCard patient,
            int age,
            List<ClinicVisits.Visit> visits,
            List<SharedIntake> intakes,
            @Nullable PatientOutcomes outcomes) {}

    /** A shared assessment and the decision in force on it, if any. */
    public record SharedIntake(SharedAssessment assessment, IntakeReviews.@Nullable Review review) {}

    /** The chart, if this staff member may see this patient's for this clinic (audited either way). */
    @Transactional(readOnly = true)
    public Optional<Chart> chart(UUID staffId, UUID clinicId, UUID patientId) {
        Optional<ClinicPatients.PatientCard> card = patients.card(staffId, clinicId, patientId);
        if (card.isEmpty()) {
            audit.record(new AuditEvent(
                    "READ", "PatientChart", patientId.toString(), null, clinicId, AuditEvent.Outcome.DENIED));
            return Optional.empty();
        }
        audit.record(AuditEvent.success("READ", "PatientChart", patientId.toString(), patientId)
                .forClinic(clinicId));
        List<ClinicVisits.Visit> theirs = visits.ofPatient(clinicId, patientId);
        List<SharedIntake> intakes = new ArrayList<>();
        if (consents.mayAccess(staffId, clinicId, patientId, ConsentApi.Scope.ASSESSMENT_RESULTS)) {
            Set<UUID> references = new LinkedHashSet<>();
            for (int i = theirs.size() - 1; i >= 0; i--) {
                UUID reference = theirs.get(i).assessmentId();
                if (reference != null) {
                    references.add(reference);
                }
            }
            Map<UUID, IntakeReviews.Review> decided = reviews.latest(clinicId, references);
            for (UUID reference : references) {
                assessments
                        .sharedResult(patientId, reference, clinicId)
                        .ifPresent(shared -> intakes.add(new SharedIntake(shared, decided.get(reference))));
            }
        }
        LocalDate today = LocalDate.ofInstant(
                clock.now(),
                theirs.isEmpty() ? java.time.ZoneOffset.UTC : theirs.get(0).zone());
        PatientOutcomes diary = outcomes.forClinic(staffId, clinicId, patientId).orElse(null);
        return Optional.of(new Chart(card.get(), card.get().ageOn(today), theirs, intakes, diary));
    }

    /**
     * One shared intake with its patient, for the intake review page, if this staff member may see it (the
     * patient's booking at the clinic carries it and the patient shares their assessment results with it).
     */
    @Transactional(readOnly = true)
    public Optional<IntakePage> intake(UUID staffId, UUID clinicId, UUID assessmentId) {
        Optional<IntakeReviews.Intake> intake = reviews.intake(staffId, clinicId, assessmentId);
        if (intake.isEmpty()) {
            audit.record(new AuditEvent(
                    "READ", "Assessment", assessmentId.toString(), null, clinicId, AuditEvent.Outcome.DENIED));
            return Optional.empty();
        }
        UUID patientId = intake.get().patientId();
        Optional<ClinicPatients.PatientCard> card = patients.card(staffId, clinicId, patientId);
        Optional<SharedAssessment> shared = assessments.sharedResult(patientId, assessmentId, clinicId);
        if (card.isEmpty() || shared.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today =
                LocalDate.ofInstant(clock.now(), intake.get().visits().get(0).zone());
        return Optional.of(new IntakePage(
                card.get(),
                card.get().ageOn(today),
                intake.get().visits(),
                new SharedIntake(
                        shared.get(), reviews.latest(clinicId, assessmentId).orElse(null))));
    }

    /** An intake with the patient and the visits it was shared for. */
    public record IntakePage(
            ClinicPatients.PatientCard patient, int age, List<ClinicVisits.Visit> visits, SharedIntake intake) {}
}
