package org.ketapath.treatment.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
import org.ketapath.scheduling.SchedulingApi;
import org.ketapath.treatment.TreatmentApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The facade other modules use. */
@Service
class PatientSessions implements TreatmentApi {

    private final SessionRecordRepository sessions;
    private final TreatmentRepository courses;
    private final SessionService service;
    private final AuditTrail audit;
    private final TreatmentClock clock;
    private final CourseSummaryRepository summaries;
    private final DemoInfusions demo;
    private final SchedulingApi scheduling;

    PatientSessions(
            SessionRecordRepository sessions,
            TreatmentRepository courses,
            SessionService service,
            AuditTrail audit,
            TreatmentClock clock,
            CourseSummaryRepository summaries,
            DemoInfusions demo,
            SchedulingApi scheduling) {
        this.sessions = sessions;
        this.courses = courses;
        this.service = service;
        this.audit = audit;
        this.clock = clock;
        this.summaries = summaries;
        this.demo = demo;
        this.scheduling = scheduling;
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.List<CourseSummary> courseSummaries(UUID patientId) {
        return summaries.ofPatient(patientId);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.List<CourseSummary> courseSummariesAt(UUID clinicId) {
        return summaries.atClinic(clinicId);
    }

    @Override
    public UUID startIvCourseForDemo(
            UUID clinicianId,
            UUID clinicId,
            UUID patientId,
            String condition,
            String icd10,
            java.math.BigDecimal doseMgPerKg,
            java.math.BigDecimal rateMgPerKgPerHour,
            int plannedSessions,
            String patientFullName) {
        return demo.startCourse(
                clinicianId,
                clinicId,
                patientId,
                Condition.valueOf(condition),
                icd10,
                doseMgPerKg,
                rateMgPerKgPerHour,
                plannedSessions,
                patientFullName);
    }

    @Override
    public UUID documentPastInfusionForDemo(PastInfusion infusion) {
        UUID clinic = scheduling
                .appointment(infusion.appointmentId())
                .map(SchedulingApi.AppointmentFacts::clinicId)
                .orElseThrow(TreatmentRefusal.NotFound::new);
        return demo.document(clinic, infusion);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.List<RemsFormDue> remsFormsDue(UUID clinicId) {
        java.time.Instant now = clock.now();
        java.util.List<RemsFormDue> due = sessions.remsSessions(clinicId, false, RemsForms.LIMIT).stream()
                .map(id -> service.load(sessions.header(id, false).orElseThrow()))
                .filter(r -> r.rems() != null)
                .map(r -> new RemsFormDue(
                        r.id(),
                        r.appointmentId(),
                        r.patientId(),
                        r.rems().formDueBy(),
                        r.rems().formDueBy() != null && now.isAfter(r.rems().formDueBy()),
                        r.status() == SessionStatus.SIGNED))
                .sorted(java.util.Comparator.comparing(
                        RemsFormDue::dueBy, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .toList();
        audit.record(AuditEvent.success("READ", "RemsForm", null, null).forClinic(clinicId));
        return due;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> exportOf(UUID patientId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("courses", courses.coursesOfPatient(patientId));
        data.put(
                "sessions",
                sessions.signedSessionsOfPatient(patientId).stream()
                        .map(id -> service.load(sessions.header(id, false).orElseThrow()))
                        .toList());
        audit.record(AuditEvent.success("EXPORT", SessionService.TYPE, null, patientId));
        return data;
    }
}
