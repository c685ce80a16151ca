package org.ketapath.directory.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Pending items, decisions on them and the expiry of licences. */
@Repository
class VerificationRepository {

    private final JdbcClient jdbc;

    VerificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<VerificationQueue.PendingClinic> pendingClinics(int limit) {
        return jdbc.sql("""
                        SELECT c.id, c.name, loc.city, loc.state, c.created_at FROM clinic c
                          JOIN clinic_location loc ON loc.clinic_id = c.id AND loc.is_primary
                         WHERE c.verification_status = 'PENDING' ORDER BY c.created_at, c.id LIMIT :limit
                        """)
                .param("limit", limit)
                .query((rs, row) -> new VerificationQueue.PendingClinic(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("city"),
                        rs.getString("state"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    List<VerificationQueue.PendingLicence> pendingLicences(int limit) {
        return jdbc.sql("""
                        SELECT l.id, l.clinic_id, c.name AS clinic, p.given_name || ' ' || p.family_name AS practitioner,
                               p.npi, l.state, l.number, l.type, l.expires_on, l.source, l.evidence_note
                          FROM licence l
                          JOIN clinic c ON c.id = l.clinic_id
                          JOIN practitioner p ON p.id = l.practitioner_id
                         WHERE l.status = 'PENDING' ORDER BY c.name, l.state, l.id LIMIT :limit
                        """)
                .param("limit", limit)
                .query((rs, row) -> new VerificationQueue.PendingLicence(
                        rs.getObject("id", UUID.class),
                        rs.getObject("clinic_id", UUID.class),
                        rs.getString("clinic"),
                        rs.getString("practitioner"),
                        rs.getString("npi"),
                        rs.getString("state"),
                        rs.getString("number"),
                        rs.getString("type"),
                        rs.getObject("expires_on", LocalDate.class),
                        rs.getString("source"),
                        rs.getString("evidence_note")))
                .list();
    }

    /** Decides a pending clinic; false when there is no such pending clinic. */
    boolean decideClinic(UUID id, String decision, UUID by, Instant at, @Nullable String note) {
        return jdbc.sql("""
                        UPDATE clinic SET verification_status = :decision, verified_by = :by, verified_at = :at,
                               evidence_note = :note, updated_at = :at
                         WHERE id = :id
                        """)
                        .param("decision", decision)
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .param("note", note)
                        .param("id", id)
                        .update()
                > 0;
    }

    /** Decides a licence; returns its clinic id, empty when there is no such licence. */
    Optional<UUID> decideLicence(
            UUID id, String decision, UUID by, Instant at, @Nullable String note, @Nullable LocalDate expiresOn) {
        return jdbc.sql("""
                        UPDATE licence SET status = :decision, verified_by = :by, verified_at = :at,
                               evidence_note = :note, expires_on = COALESCE(:expires, expires_on)
                         WHERE id = :id RETURNING clinic_id
                        """)
                .param("decision", decision)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("note", note)
                .param("expires", expiresOn)
                .param("id", id)
                .query(UUID.class)
                .optional();
    }

    void recordDecision(
            UUID clinicId,
            String subjectType,
            UUID subjectId,
            String decision,
            String by,
            Instant at,
            @Nullable String note) {
        jdbc.sql("""
                        INSERT INTO verification_decision
                               (id, clinic_id, subject_type, subject_id, decision, decided_by, decided_at, evidence_note)
                        VALUES (:id, :clinic, :type, :subject, :decision, :by, :at, :note)
                        """)
                .param("id", UUID.randomUUID())
                .param("clinic", clinicId)
                .param("type", subjectType)
                .param("subject", subjectId)
                .param("decision", decision)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("note", note)
                .update();
    }

    List<VerificationQueue.Decision> decisions(UUID clinicId) {
        return jdbc.sql("""
                        SELECT subject_type, subject_id, decision, decided_by, decided_at, evidence_note
                          FROM verification_decision WHERE clinic_id = :clinic ORDER BY decided_at, id
                        """)
                .param("clinic", clinicId)
                .query((rs, row) -> new VerificationQueue.Decision(
                        rs.getString("subject_type"),
                        rs.getObject("subject_id", UUID.class),
                        rs.getString("decision"),
                        rs.getString("decided_by"),
                        rs.getTimestamp("decided_at").toInstant(),
                        rs.getString("evidence_note")))
                .list();
    }

    /** Marks VERIFIED licences past their expiry EXPIRED; returns (licence id, clinic id) pairs. */
    List<UUID[]> expireBefore(LocalDate today) {
        return jdbc.sql("""
                        UPDATE licence SET status = 'EXPIRED'
                         WHERE status = 'VERIFIED' AND expires_on < :today RETURNING id, clinic_id
                        """)
                .param("today", today)
                .query((rs, row) -> new UUID[] {rs.getObject("id", UUID.class), rs.getObject("clinic_id", UUID.class)})
                .list();
    }
}
