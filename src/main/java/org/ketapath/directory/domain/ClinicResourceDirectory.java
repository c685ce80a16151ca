package org.ketapath.directory.domain;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ketapath.scheduling.ClinicResources;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The clinic's practitioners and locations for the scheduling module's settings screen. */
@Component
class ClinicResourceDirectory implements ClinicResources {

    private final JdbcClient jdbc;

    ClinicResourceDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Person> practitioners(UUID clinicId) {
        return jdbc.sql("""
                        SELECT id, given_name || ' ' || family_name
                               || CASE WHEN credentials = '' THEN '' ELSE ', ' || credentials END
                          FROM practitioner WHERE clinic_id = :c ORDER BY family_name, given_name, id
                        """)
                .param("c", clinicId)
                .query((rs, n) -> new Person(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
    }

    @Override
    public List<Place> locations(UUID clinicId) {
        return jdbc.sql("""
                        SELECT id, street || ', ' || city || ' ' || state FROM clinic_location
                         WHERE clinic_id = :c ORDER BY is_primary DESC, street, id
                        """)
                .param("c", clinicId)
                .query((rs, n) -> new Place(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
    }

    @Override
    public Optional<ZoneId> zone(UUID clinicId) {
        return jdbc.sql("SELECT timezone FROM clinic WHERE id = :c")
                .param("c", clinicId)
                .query(String.class)
                .optional()
                .map(ZoneId::of);
    }

    @Override
    public Set<String> modalities(UUID clinicId) {
        return jdbc.sql("SELECT unnest(modalities) FROM clinic WHERE id = :c")
                .param("c", clinicId)
                .query(String.class)
                .set();
    }
}
