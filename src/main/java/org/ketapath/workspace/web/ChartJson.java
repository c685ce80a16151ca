package org.ketapath.workspace.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.assessment.SharedAssessment;
import org.ketapath.scheduling.ClinicVisits;
import org.ketapath.workspace.domain.IntakeReviews;
import org.ketapath.workspace.domain.PatientCharts;

/** A patient's chart in the API: the minimum necessary for a clinic to see, call and treat the patient. */
record ChartJson(Patient patient, List<Appointment> appointments, List<Intake> intakes) {

    /** Who the patient is and how to reach them. */
    record Patient(
            UUID id,
            String givenName,
            String familyName,
            int age,
            @Nullable String phone,
            String email) {}

    /** A visit at this clinic; times with the clinic's offset. */
    record Appointment(
            UUID id,
            String start,
            String end,
            String timezone,
            String service,
            String serviceName,
            String status,
            String statusName,
            @Nullable UUID assessmentId) {

        static Appointment of(ClinicVisits.Visit v) {
            return new Appointment(
                    v.id(),
                    v.start().atZone(v.zone()).toOffsetDateTime().toString(),
                    v.end().atZone(v.zone()).toOffsetDateTime().toString(),
                    v.zone().getId(),
                    v.service().name(),
                    v.service().label(),
                    v.status(),
                    v.statusLabel(),
                    v.assessmentId());
        }
    }

    /**
     * A shared assessment: what needs attention first ({@code flags}), the outcome and its reasons, the scores
     * and every answer as given, and the clinic's review.
     */
    record Intake(
            UUID assessmentId,
            Instant takenAt,
            String condition,
            String outcome,
            String outcomeInWords,
            Flags flags,
            List<SharedAssessment.Reason> reasons,
            List<SharedAssessment.Score> scores,
            List<SharedAssessment.Answer> answers,
            @Nullable Review review) {

        static Intake of(PatientCharts.SharedIntake shared) {
            SharedAssessment a = shared.assessment();
            return new Intake(
                    a.reference(),
                    a.takenAt(),
                    a.condition(),
                    a.outcome(),
                    a.outcomeInWords(),
                    new Flags(a.crisisSupport(), a.urgentCare(), a.contraindications(), a.interactions()),
                    a.reasons(),
                    a.scores(),
                    a.answers(),
                    shared.review() == null ? null : Review.of(shared.review()));
        }
    }

    /** Crisis, urgent care, contraindications reported and interacting medicines. */
    record Flags(
            boolean crisisSupport,
            boolean urgentCare,
            List<String> contraindications,
            List<SharedAssessment.Interaction> interactions) {}

    /** The decision in force on an intake. */
    record Review(String decision, String decisionName, String note, boolean noteForPatient, Instant reviewedAt) {
        static Review of(IntakeReviews.Review r) {
            return new Review(r.decision().name(), r.decision().label(), r.note(), r.noteForPatient(), r.reviewedAt());
        }
    }

    static ChartJson of(PatientCharts.Chart chart) {
        var p = chart.patient();
        return new ChartJson(
                new Patient(p.id(), p.givenName(), p.familyName(), chart.age(), p.phone(), p.email()),
                chart.visits().stream().map(Appointment::of).toList(),
                chart.intakes().stream().map(Intake::of).toList());
    }
}
