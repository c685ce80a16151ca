package org.ketapath.workspace.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
import org.ketapath.directory.ClinicDirectory;
import org.ketapath.identity.ConsentApi;
import org.ketapath.notification.Mailer;
import org.ketapath.notification.OutgoingEmail;
import org.ketapath.scheduling.ClinicVisits;
import org.ketapath.scheduling.IntakeDecisions;
import org.ketapath.scheduling.PatientContacts;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clinicians' decisions on the intakes patients share with their bookings. An intake is one the clinic may
 * review only while a booking at the clinic carries it and the patient still shares their assessment with the
 * clinic; anything else is not found. Decisions are kept as history (the newest is in force), audited, and the
 * patient is told by e-mail to sign in (the e-mail says nothing more).
 */
@Service
public class IntakeReviews implements IntakeDecisions {

    private static final RowMapper<Review> REVIEW = (rs, n) -> new Review(
            rs.getObject("id", UUID.class),
            rs.getObject("clinic_id", UUID.class),
            rs.getObject("assessment_id", UUID.class),
            rs.getObject("patient_id", UUID.class),
            Decision.valueOf(rs.getString("decision")),
            rs.getString("note"),
            rs.getBoolean("note_for_patient"),
            rs.getObject("reviewed_by", UUID.class),
            rs.getObject("reviewed_at", OffsetDateTime.class).toInstant());

    private final JdbcClient jdbc;
    private final ClinicVisits visits;
    private final ConsentApi consents;
    private final PatientContacts contacts;
    private final ClinicDirectory clinics;
    private final Mailer mailer;
    private final AuditTrail audit;
    private final WorkspaceClock clock;

    IntakeReviews(
            JdbcClient jdbc,
            ClinicVisits visits,
            ConsentApi consents,
            PatientContacts contacts,
            ClinicDirectory clinics,
            Mailer mailer,
            AuditTrail audit,
            WorkspaceClock clock) {
        this.jdbc = jdbc;
        this.visits = visits;
        this.consents = consents;
        this.contacts = contacts;
        this.clinics = clinics;
        this.mailer = mailer;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A decision on an intake.
     *
     * @param assessmentId the appointment's reference to the shared assessment
     * @param note the clinician's note ("" when none)
     * @param noteForPatient whether the patient may read the note
     */
    public record Review(
            UUID id,
            UUID clinicId,
            UUID assessmentId,
            UUID patientId,
            Decision decision,
            String note,
            boolean noteForPatient,
            UUID reviewedBy,
            Instant reviewedAt) {

        @Override
        public String toString() {
            return "Review[" + id + ", " + decision + "]";
        }
    }

    /** An intake the staff member may see: the patient and the clinic's visits that carry it. */
    public record Intake(UUID clinicId, UUID assessmentId, UUID patientId, List<ClinicVisits.Visit> visits) {}

    /**
     * The intake if this staff member may see it for this clinic: a visit at the clinic carries it and the patient
     * shares their assessment results with the clinic now.
     */
    @Transactional(readOnly = true)
    public Optional<Intake> intake(UUID staffId, UUID clinicId, UUID assessmentId) {
        List<ClinicVisits.Visit> carrying = visits.withAssessment(clinicId, assessmentId);
        if (carrying.isEmpty()) {
            return Optional.empty();
        }
        UUID patient = carrying.get(0).patientId();
        if (!consents.mayAccess(staffId, clinicId, patient, ConsentApi.Scope.ASSESSMENT_RESULTS)) {
            return Optional.empty();
        }
        return Optional.of(new Intake(clinicId, assessmentId, patient, carrying));
    }

    /**
     * Records a clinician's decision; empty when the intake is not one they may see (nothing is written then).
     * The patient gets an e-mail telling them to sign in.
     */
    @Transactional
    public Optional<Review> review(
            UUID clinicianId,
            UUID clinicId,
            UUID assessmentId,
            Decision decision,
            String note,
            boolean noteForPatient) {
        Optional<Intake> intake = intake(clinicianId, clinicId, assessmentId);
        if (intake.isEmpty()) {
            audit.record(new AuditEvent(
                    "UPDATE", "IntakeReview", assessmentId.toString(), null, clinicId, AuditEvent.Outcome.DENIED));
            return Optional.empty();
        }
        UUID patient = intake.get().patientId();
        Review review = new Review(
                UUID.randomUUID(),
                clinicId,
                assessmentId,
                patient,
                decision,
                note.strip(),
                noteForPatient && !note.isBlank(),
                clinicianId,
                clock.now());
        jdbc.sql("""
                        insert into intake_review (id, clinic_id, assessment_id, patient_id, decision, note,
                            note_for_patient, reviewed_by, reviewed_at)
                        values (:id, :clinic, :assessment, :patient, :decision, :note, :forPatient, :by, :at)
                        """)
                .param("id", review.id())
                .param("clinic", clinicId)
                .param("assessment", assessmentId)
                .param("patient", patient)
                .param("decision", decision.name())
                .param("note", review.note())
                .param("forPatient", review.noteForPatient())
                .param("by", clinicianId)
                .param("at", ClinicNotices.utc(review.reviewedAt()))
                .update();
        audit.record(AuditEvent.success("CREATE", "IntakeReview", review.id().toString(), patient)
                .forClinic(clinicId));
        String clinicName =
                clinics.find(clinicId).map(ClinicDirectory.ClinicCard::name).orElse("Your clinic");
        contacts.emailOf(patient)
                .ifPresent(address -> mailer.enqueue(new OutgoingEmail(
                        address,
                        "Your clinic has reviewed your answers",
                        clinicName + " has reviewed the answers you shared with your booking.\n\n"
                                + "Sign in to KetaPath and open My appointments to read what they decided.",
                        "intake-review:" + review.id())));
        return Optional.of(review);
    }

    /** The decision in force on the intake, if any. */
    @Transactional(readOnly = true)
    public Optional<Review> latest(UUID clinicId, UUID assessmentId) {
        return jdbc.sql("""
                        select * from intake_review where clinic_id = :clinic and assessment_id = :assessment
                         order by seq desc limit 1
                        """)
                .param("clinic", clinicId)
                .param("assessment", assessmentId)
                .query(REVIEW)
                .optional();
    }

    /** The decisions in force on these intakes of the clinic, by assessment reference. */
    @Transactional(readOnly = true)
    public Map<UUID, Review> latest(UUID clinicId, Collection<UUID> assessmentIds) {
        Map<UUID, Review> found = new HashMap<>();
        if (assessmentIds.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        select distinct on (assessment_id) * from intake_review
                         where clinic_id = :clinic and assessment_id = any(cast(:ids as uuid[]))
                         order by assessment_id, seq desc
                        """)
                .param("clinic", clinicId)
                .param("ids", new SqlArrayValue("uuid", assessmentIds.toArray()))
                .query(REVIEW)
                .list()
                .forEach(review -> found.put(review.assessmentId(), review));
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ForPatient> forPatient(UUID clinicId, UUID patientId, UUID assessmentId) {
        return latest(clinicId, assessmentId)
                .filter(review -> review.patientId().equals(patientId))
                .map(review -> new ForPatient(
                        review.decision().name(),
                        review.decision().forPatient(),
                        review.noteForPatient() ? review.note() : null,
                        review.reviewedAt()));
    }
}
