package org.ketapath.directory.domain;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code provider_search} in step with the clinic tables: one row per verified clinic and state where a
 * practitioner holds a VERIFIED licence. Called in the same transaction as every change to a clinic, its
 * primary location, licences, prices or published reviews.
 */
@Component
class SearchProjection {

    private static final String SELECT = """
            SELECT c.id, l.state, max(l.expires_on), loc.latitude, loc.longitude,
                   CAST(ll_to_earth(loc.latitude, loc.longitude) AS cube), c.name,
                   loc.street, loc.city, loc.state, loc.zip,
                   'AT_HOME' = ANY (c.modalities), c.modalities, c.conditions, c.accepting_new_patients,
                   (SELECT min(pr.amount_usd) FROM clinic_price pr WHERE pr.clinic_id = c.id AND pr.kind = 'INFUSION'),
                   (SELECT round(avg(r.rating), 2) FROM review r WHERE r.clinic_id = c.id AND r.status = 'PUBLISHED'),
                   (SELECT count(*) FROM review r WHERE r.clinic_id = c.id AND r.status = 'PUBLISHED')
              FROM clinic c
              JOIN clinic_location loc ON loc.clinic_id = c.id AND loc.is_primary
              JOIN licence l ON l.clinic_id = c.id AND l.status = 'VERIFIED'
             WHERE c.verification_status = 'VERIFIED'
            """;

    private static final String INSERT = """
            INSERT INTO provider_search (clinic_id, state, licence_expires_on, latitude, longitude, point, name,
                   street, city, address_state, zip, at_home, modalities, conditions, accepting_new_patients,
                   infusion_price_usd, rating, review_count)
            """;

    private final JdbcClient jdbc;

    SearchProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Rebuilds one clinic's rows. */
    void refresh(UUID clinicId) {
        jdbc.sql("DELETE FROM provider_search WHERE clinic_id = :id")
                .param("id", clinicId)
                .update();
        jdbc.sql(INSERT + SELECT + " AND c.id = :id GROUP BY c.id, l.state, loc.id")
                .param("id", clinicId)
                .update();
    }

    /** Rebuilds every row (after bulk loads). */
    void refreshAll() {
        jdbc.sql("TRUNCATE provider_search").update();
        // in state and ZIP order, so that one search reads neighbouring rows from few pages
        jdbc.sql(INSERT + SELECT + " GROUP BY c.id, l.state, loc.id ORDER BY l.state, loc.zip")
                .update();
        jdbc.sql("ANALYZE provider_search").update();
    }
}
