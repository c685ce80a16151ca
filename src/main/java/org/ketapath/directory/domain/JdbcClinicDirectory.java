package org.ketapath.directory.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ketapath.directory.ClinicDirectory;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Clinics for other modules, in one statement for any number of clinics, whatever their verification status. */
@Service
@Transactional(readOnly = true)
class JdbcClinicDirectory implements ClinicDirectory {

    private static final RowMapper<ClinicCard> CARD = (rs, n) -> new ClinicCard(
            rs.getObject("id", UUID.class),
            rs.getString("name"),
            rs.getString("timezone"),
            "VERIFIED".equals(rs.getString("verification_status")),
            rs.getString("notification_email"));

    private final JdbcClient jdbc;

    JdbcClinicDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, String> namesOf(Collection<UUID> clinicIds) {
        Map<UUID, String> names = new HashMap<>();
        if (clinicIds.isEmpty()) {
            return names;
        }
        jdbc.sql("SELECT id, name FROM clinic WHERE id = any(cast(:ids AS uuid[]))")
                .param("ids", new SqlArrayValue("uuid", clinicIds.toArray()))
                .query(rs -> {
                    names.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return names;
    }

    @Override
    public Optional<ClinicCard> find(UUID clinicId) {
        return jdbc.sql("select id, name, timezone, verification_status, notification_email from clinic where id = :id")
                .param("id", clinicId)
                .query(CARD)
                .optional();
    }

    @Override
    public List<ClinicCard> findAll(Collection<UUID> clinicIds) {
        if (clinicIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, name, timezone, verification_status, notification_email from clinic
                         where id = any(cast(:ids as uuid[])) order by lower(name), id
                        """)
                .param("ids", new SqlArrayValue("uuid", clinicIds.toArray()))
                .query(CARD)
                .list();
    }
}
