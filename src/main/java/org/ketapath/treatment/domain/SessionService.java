package org.ketapath.treatment.domain;

import static org.ketapath.treatment.domain.CourseService.event;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
import org.ketapath.scheduling.SchedulingApi;
import org.ketapath.scheduling.SchedulingApi.AppointmentFacts;
import org.ketapath.treatment.domain.SessionRecord.CourseView;
import org.ketapath.treatment.domain.SessionRecordRepository.Header;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, reading, signing and amending session records; the parts are written by {@link SessionParts}. */
@Service
public class SessionService {

    static final String TYPE = "TreatmentSession";
    private static final Set<String> CLOSED = Set.of("CANCELLED", "NO_SHOW");

    private final SessionRecordRepository sessions;
    private final TreatmentRepository courses;
    private final SchedulingApi scheduling;
    private final AuditTrail audit;
    private final TreatmentClock clock;
    private final TreatmentSettings settings;

    SessionService(
            SessionRecordRepository sessions,
            TreatmentRepository courses,
            SchedulingApi scheduling,
            AuditTrail audit,
            TreatmentClock clock,
            TreatmentSettings settings) {
        this.sessions = sessions;
        this.courses = courses;
        this.scheduling = scheduling;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    /** Opens the record of an appointment of the staff member's clinic (before the visit too). */
    @Transactional
    public UUID create(Staff staff, UUID appointmentId, @Nullable UUID courseId) {
        AppointmentFacts facts = scheduling
                .appointment(appointmentId)
                .filter(a -> staff.worksFor(a.clinicId()))
                .orElseThrow(TreatmentRefusal.NotFound::new);
        if (CLOSED.contains(facts.status())) {
            throw TreatmentRefusal.Conflict.appointmentClosed();
        }
        if (sessions.existsForAppointment(appointmentId)) {
            throw TreatmentRefusal.Conflict.sessionExists();
        }
        CourseView course = courseFor(facts, courseId);
        UUID id = UUID.randomUUID();
        try {
            sessions.insertSession(
                    id,
                    facts.clinicId(),
                    appointmentId,
                    course.id(),
                    facts.patientId(),
                    staff.accountId(),
                    clock.now());
        } catch (DuplicateKeyException e) {
            throw TreatmentRefusal.Conflict.sessionExists();
        }
        audit.record(event("CREATE", TYPE, id.toString(), facts.patientId(), facts.clinicId()));
        return id;
    }

    private CourseView courseFor(AppointmentFacts facts, @Nullable UUID courseId) {
        if (courseId == null) {
            return courses.latestCourse(facts.patientId(), facts.clinicId())
                    .orElseThrow(TreatmentRefusal.Conflict::noCourse);
        }
        return courses.course(courseId)
                .filter(c ->
                        c.patientId().equals(facts.patientId()) && c.clinicId().equals(facts.clinicId()))
                .orElseThrow(() -> new TreatmentRefusal.InvalidInput(
                        "courseId", "is not a course of this patient at this clinic"));
    }

    /** The whole record, with what is due; the read is audited. */
    @Transactional(readOnly = true)
    public SessionRecord get(Staff staff, UUID id) {
        Header h = access(staff, id, false, "READ");
        SessionRecord record = load(h);
        audit.record(event("READ", TYPE, id.toString(), h.patientId(), h.clinicId()));
        return record;
    }

    /** Signs a complete record; then it is locked. */
    @Transactional
    public SessionRecord sign(Staff staff, UUID id) {
        Header h = access(staff, id, true, "SIGN");
        writable(h);
        SessionRecord record = load(h);
        var missing = SignCheck.missing(record, settings);
        if (!missing.isEmpty()) {
            audit.record(event("SIGN", TYPE, id.toString(), h.patientId(), h.clinicId())
                    .withOutcome(AuditEvent.Outcome.FAILURE));
            throw new TreatmentRefusal.NotSignable(missing);
        }
        sessions.sign(id, staff.accountId(), clock.now());
        audit.record(event("SIGN", TYPE, id.toString(), h.patientId(), h.clinicId()));
        return load(h);
    }

    /** Appends an amendment to a signed record; the original rows stay as they were. */
    @Transactional
    public SessionRecord amend(Staff staff, UUID id, Inputs.Amendment in) {
        Header h = access(staff, id, true, "AMEND");
        if (h.status() != SessionStatus.SIGNED) {
            throw TreatmentRefusal.Conflict.notSigned();
        }
        sessions.insertAmendment(UUID.randomUUID(), h, in, staff.accountId(), clock.now());
        audit.record(event("AMEND", TYPE, id.toString(), h.patientId(), h.clinicId()));
        return load(h);
    }

    /** Marks the REMS monitoring form of a signed esketamine session as submitted. */
    @Transactional
    public SessionRecord submitRemsForm(Staff staff, UUID id) {
        Header h = access(staff, id, true, "UPDATE");
        SessionRecord record = load(h);
        if (!record.esketamine()) {
            throw new TreatmentRefusal.Conflict("not-esketamine", "Only esketamine sessions have a REMS form.");
        }
        if (h.status() != SessionStatus.SIGNED) {
            throw new TreatmentRefusal.Conflict("not-signed", "Sign the record before submitting its REMS form.");
        }
        sessions.submitRems(h, staff.accountId(), clock.now());
        audit.record(event("UPDATE", "RemsForm", id.toString(), h.patientId(), h.clinicId()));
        return load(h);
    }

    /** The header of a record the staff member may see; anything else is not found (and audited as denied). */
    Header access(Staff staff, UUID id, boolean lock, String action) {
        Header h = sessions.header(id, lock).orElseThrow(TreatmentRefusal.NotFound::new);
        if (!staff.worksFor(h.clinicId())) {
            audit.record(new AuditEvent(action, TYPE, id.toString(), null, null, AuditEvent.Outcome.DENIED));
            throw new TreatmentRefusal.NotFound();
        }
        return h;
    }

    static void writable(Header h) {
        if (h.status() == SessionStatus.SIGNED) {
            throw TreatmentRefusal.Conflict.recordLocked();
        }
    }

    CourseView course(Header h) {
        return courses.course(h.courseId()).orElseThrow(IllegalStateException::new);
    }

    Thresholds thresholds(UUID clinic) {
        return courses.thresholds(clinic, settings.thresholds());
    }

    SessionRecord load(Header h) {
        SessionRecord raw = sessions.load(h.id(), course(h));
        SessionRecord.Rems rems = raw.esketamine()
                ? SignCheck.remsOf(
                        raw, settings, sessions.remsSubmittedAt(h.id()).orElse(null))
                : null;
        return raw.withDerived(VitalsSchedule.due(raw, thresholds(h.clinicId()), clock.now()), rems);
    }
}
