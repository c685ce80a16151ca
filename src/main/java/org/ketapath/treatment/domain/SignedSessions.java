package org.ketapath.treatment.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.treatment.TreatmentApi.Dose;
import org.ketapath.treatment.TreatmentApi.SignedSession;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/** Signed session records of a set of appointments, for billing: two statements however many. */
@Repository
class SignedSessions {

    private final JdbcClient jdbc;

    SignedSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SignedSession> of(Collection<UUID> appointmentIds) {
        if (appointmentIds.isEmpty()) {
            return List.of();
        }
        record Head(
                UUID id,
                UUID appointment,
                UUID clinic,
                UUID patient,
                String icd10,
                Instant signedAt,
                @Nullable Instant discharge) {}
        List<Head> heads = jdbc.sql("""
                        select s.id, s.appointment_id, s.clinic_id, s.patient_id, c.icd10, s.signed_at, d.at as discharge_at
                          from treatment_session s
                          join treatment_course c on c.id = s.course_id
                          left join session_discharge d on d.session_id = s.id
                         where s.appointment_id = any(cast(:ids as uuid[])) and s.status = 'SIGNED'
                         order by s.signed_at
                        """)
                .param("ids", new SqlArrayValue("uuid", appointmentIds.toArray()))
                .query((rs, n) -> new Head(
                        rs.getObject("id", UUID.class),
                        rs.getObject("appointment_id", UUID.class),
                        rs.getObject("clinic_id", UUID.class),
                        rs.getObject("patient_id", UUID.class),
                        rs.getString("icd10"),
                        rs.getTimestamp("signed_at").toInstant(),
                        instant(rs.getTimestamp("discharge_at"))))
                .list();
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Dose>> doses = new LinkedHashMap<>();
        jdbc.sql("""
                        select session_id, drug, route, amount_mg, start_at, stop_at from session_dose
                         where session_id = any(cast(:ids as uuid[])) order by start_at, id
                        """)
                .param(
                        "ids",
                        new SqlArrayValue("uuid", heads.stream().map(Head::id).toArray()))
                .query(rs -> {
                    doses.computeIfAbsent(rs.getObject("session_id", UUID.class), k -> new ArrayList<>())
                            .add(new Dose(
                                    rs.getString("drug"),
                                    rs.getString("route"),
                                    rs.getBigDecimal("amount_mg"),
                                    rs.getTimestamp("start_at").toInstant(),
                                    instant(rs.getTimestamp("stop_at"))));
                });
        return heads.stream()
                .map(h -> new SignedSession(
                        h.id(),
                        h.appointment(),
                        h.clinic(),
                        h.patient(),
                        h.icd10(),
                        h.signedAt(),
                        doses.getOrDefault(h.id(), List.of()),
                        h.discharge()))
                .toList();
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
