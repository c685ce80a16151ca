package org.ketapath.treatment.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
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

    PatientSessions(
            SessionRecordRepository sessions, TreatmentRepository courses, SessionService service, AuditTrail audit) {
        this.sessions = sessions;
        this.courses = courses;
        this.service = service;
        this.audit = audit;
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
