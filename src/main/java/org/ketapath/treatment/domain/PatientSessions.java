package org.ketapath.treatment.domain;

import java.util.List;
import java.util.UUID;
import org.ketapath.treatment.TreatmentApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The facade other modules use. */
@Service
class PatientSessions implements TreatmentApi {

    private final SessionRecordRepository sessions;
    private final SessionService service;

    PatientSessions(SessionRecordRepository sessions, SessionService service) {
        this.sessions = sessions;
        this.service = service;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SessionSummary> sessionsOfPatient(UUID patientId) {
        return sessions.signedSessionsOfPatient(patientId).stream()
                .map(id -> service.load(sessions.header(id, false).orElseThrow()))
                .filter(r -> r.signedAt() != null && r.discharge() != null)
                .map(r -> new SessionSummary(
                        r.id(),
                        r.appointmentId(),
                        r.clinicId(),
                        r.signedAt(),
                        r.discharge().at()))
                .toList();
    }
}
