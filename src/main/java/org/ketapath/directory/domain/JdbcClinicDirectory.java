package org.ketapath.directory.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.ketapath.directory.ClinicDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Service;

/** Clinic names for other modules, in one statement for any number of clinics. */
@Service
class JdbcClinicDirectory implements ClinicDirectory {

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
}
