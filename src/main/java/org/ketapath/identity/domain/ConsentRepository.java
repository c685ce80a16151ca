package org.ketapath.identity.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ketapath.identity.ConsentApi.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ConsentRepository {

    private final JdbcClient jdbc;
    private final RowFence fence;

    ConsentRepository(JdbcClient jdbc, RowFence fence) {
        this.jdbc = jdbc;
        this.fence = fence;
    }

    List<Consent> ofPatient(UUID patientId) {
        return fence.as(
                patientId,
                () -> jdbc.sql("""
                        select id, patient_id, clinic_id, scope, granted_at, withdrawn_at from consent
                        where patient_id = :patient order by granted_at desc, id limit 500
                        """)
                        .param("patient", patientId)
                        .query(ConsentRepository::map)
                        .list());
    }

    /** Inserts an active consent unless one exists; returns the active one's id. */
    UUID grant(UUID patientId, UUID clinicId, Scope scope, Instant now) {
        return fence.as(patientId, () -> insertAndFind(patientId, clinicId, scope, now));
    }

    private UUID insertAndFind(UUID patientId, UUID clinicId, Scope scope, Instant now) {
        jdbc.sql("""
                        insert into consent (id, patient_id, clinic_id, scope, granted_at)
                        values (:id, :patient, :clinic, :scope, :now)
                        on conflict (patient_id, clinic_id, scope) where withdrawn_at is null do nothing
                        """)
                .param("id", UUID.randomUUID())
                .param("patient", patientId)
                .param("clinic", clinicId)
                .param("scope", scope.name())
                .param("now", Timestamp.from(now))
                .update();
        return jdbc.sql("""
                        select id from consent
                        where patient_id = :patient and clinic_id = :clinic and scope = :scope and withdrawn_at is null
                        """)
                .param("patient", patientId)
                .param("clinic", clinicId)
                .param("scope", scope.name())
                .query(UUID.class)
                .single();
    }

    Optional<Consent> withdraw(UUID patientId, UUID consentId, Instant now) {
        return fence.as(
                patientId,
                () -> jdbc.sql("""
                        update consent set withdrawn_at = :now
                        where id = :id and patient_id = :patient and withdrawn_at is null
                        returning id, patient_id, clinic_id, scope, granted_at, withdrawn_at
                        """)
                        .param("now", Timestamp.from(now))
                        .param("id", consentId)
                        .param("patient", patientId)
                        .query(ConsentRepository::map)
                        .optional());
    }

    int withdrawAll(UUID patientId, Instant now) {
        return fence.as(
                patientId,
                () -> jdbc.sql(
                                "update consent set withdrawn_at = :now where patient_id = :patient and withdrawn_at is null")
                        .param("now", Timestamp.from(now))
                        .param("patient", patientId)
                        .update());
    }

    /** Whether the patient has an active consent of this scope with the clinic, as seen by {@code actingAs}. */
    boolean active(UUID actingAs, UUID patientId, UUID clinicId, Scope scope) {
        return fence.as(
                actingAs,
                () -> jdbc.sql("""
                        select exists (select 1 from consent where patient_id = :patient and clinic_id = :clinic
                                       and scope = :scope and withdrawn_at is null)
                        """)
                        .param("patient", patientId)
                        .param("clinic", clinicId)
                        .param("scope", scope.name())
                        .query(Boolean.class)
                        .single());
    }

    boolean anyActive(UUID actingAs, UUID patientId, UUID clinicId) {
        return fence.as(
                actingAs,
                () -> jdbc.sql("""
                        select exists (select 1 from consent where patient_id = :patient and clinic_id = :clinic
                                       and withdrawn_at is null)
                        """)
                        .param("patient", patientId)
                        .param("clinic", clinicId)
                        .query(Boolean.class)
                        .single());
    }

    List<UUID> patientsSharingWith(UUID staffId, UUID clinicId, int limit) {
        return fence.as(
                staffId,
                () -> jdbc.sql("""
                        select distinct c.patient_id from consent c join account a on a.id = c.patient_id
                        where c.clinic_id = :clinic and c.withdrawn_at is null and a.closed_at is null
                        order by c.patient_id limit :limit
                        """)
                        .param("clinic", clinicId)
                        .param("limit", limit)
                        .query(UUID.class)
                        .list());
    }

    private static Consent map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
        return new Consent(
                rs.getObject("id", UUID.class),
                rs.getObject("patient_id", UUID.class),
                rs.getObject("clinic_id", UUID.class),
                Scope.valueOf(rs.getString("scope")),
                rs.getTimestamp("granted_at").toInstant(),
                withdrawn == null ? null : withdrawn.toInstant());
    }
}
