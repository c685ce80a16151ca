package org.ketapath.treatment.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The clinic's Spravato REMS Patient Monitoring Forms: due within 7 days of each esketamine session. */
@Service
public class RemsForms {

    static final int LIMIT = 200;

    private final SessionRecordRepository sessions;
    private final SessionService service;
    private final AuditTrail audit;
    private final TreatmentClock clock;

    RemsForms(SessionRecordRepository sessions, SessionService service, AuditTrail audit, TreatmentClock clock) {
        this.sessions = sessions;
        this.service = service;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether a form is still due or was submitted. */
    public enum Status {
        DUE,
        SUBMITTED;

        /** {@code due} or {@code submitted}, in any case. */
        public static Status parse(String value) {
            for (Status s : values()) {
                if (s.name().equalsIgnoreCase(value.strip())) {
                    return s;
                }
            }
            throw new TreatmentRefusal.InvalidInput("status", "must be due or submitted");
        }
    }

    /**
     * One form.
     *
     * @param sessionId the session it reports
     * @param appointmentId the visit
     * @param patientId the patient
     * @param signed whether the record is signed (a form is filed from a signed record)
     * @param dueBy 7 days after the dose
     * @param overdue whether that day has passed
     * @param rems what the form needs
     */
    public record Form(
            UUID sessionId,
            UUID appointmentId,
            UUID patientId,
            boolean signed,
            @Nullable Instant dueBy,
            boolean overdue,
            SessionRecord.Rems rems) {}

    @Transactional(readOnly = true)
    public List<Form> list(Staff staff, UUID clinicId, Status status) {
        if (!staff.worksFor(clinicId)) {
            throw new TreatmentRefusal.NotFound();
        }
        Instant now = clock.now();
        List<Form> forms = sessions.remsSessions(clinicId, status == Status.SUBMITTED, LIMIT).stream()
                .map(id -> sessions.header(id, false).orElseThrow())
                .map(service::load)
                .filter(r -> r.rems() != null)
                .map(r -> new Form(
                        r.id(),
                        r.appointmentId(),
                        r.patientId(),
                        r.status() == SessionStatus.SIGNED,
                        r.rems().formDueBy(),
                        status == Status.DUE
                                && r.rems().formDueBy() != null
                                && now.isAfter(r.rems().formDueBy()),
                        r.rems()))
                .toList();
        audit.record(AuditEvent.success("READ", "RemsForm", null, null).forClinic(clinicId));
        return forms;
    }
}
