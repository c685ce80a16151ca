package org.ketapath.audit.domain;

import java.util.List;
import java.util.UUID;
import org.ketapath.audit.AuditReports;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Verifies the chain and reads access reports, both in SQL with the same hash function that wrote the rows. */
@Service
class JdbcAuditReports implements AuditReports {

    private final JdbcClient jdbc;

    JdbcAuditReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        long rows =
                jdbc.sql("select count(*) from audit_event").query(Long.class).single();
        return jdbc.sql("""
                        with checked as (
                            select e.seq,
                                   e.row_hash = audit_event_hash(e) as hash_ok,
                                   e.prev_hash = coalesce(lag(e.row_hash) over w, decode(repeat('00', 32), 'hex')) as link_ok,
                                   e.seq = row_number() over w as seq_ok
                            from audit_event e
                            window w as (order by e.seq))
                        select seq, hash_ok, link_ok, seq_ok from checked
                        where not (hash_ok and link_ok and seq_ok)
                        order by seq limit 1
                        """)
                .query((rs, n) -> new ChainVerification(
                        false, rows, rs.getLong("seq"), problem(rs.getBoolean("hash_ok"), rs.getBoolean("link_ok"))))
                .optional()
                .orElse(new ChainVerification(true, rows, null, null));
    }

    private static String problem(boolean hashOk, boolean linkOk) {
        if (!hashOk) {
            return "the row's content does not match its hash (the row was changed)";
        }
        if (!linkOk) {
            return "the row does not point at the row before it (a row before it was changed or removed)";
        }
        return "rows are missing before this one (the sequence has a gap)";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Access> accessesTo(UUID patientId, int limit) {
        return jdbc.sql("""
                        select occurred_at, actor_id, actor_role, clinic_id, action, resource_type, outcome
                        from audit_event where patient_id = :patient
                        order by seq desc limit :limit
                        """)
                .param("patient", patientId)
                .param("limit", Math.max(1, Math.min(limit, 1000)))
                .query((rs, n) -> new Access(
                        rs.getObject("occurred_at", java.time.OffsetDateTime.class)
                                .toInstant(),
                        rs.getObject("actor_id", UUID.class),
                        rs.getString("actor_role"),
                        rs.getObject("clinic_id", UUID.class),
                        rs.getString("action"),
                        rs.getString("resource_type"),
                        rs.getString("outcome")))
                .list();
    }
}
