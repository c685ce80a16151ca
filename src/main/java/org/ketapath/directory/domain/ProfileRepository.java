package org.ketapath.directory.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads a verified clinic's public profile. */
@Repository
class ProfileRepository {

    private final JdbcClient jdbc;

    ProfileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ProviderProfile> findVerified(UUID id) {
        return jdbc.sql("""
                        SELECT c.*, loc.street, loc.city, loc.state, loc.zip,
                               (SELECT round(avg(r.rating), 2) FROM review r
                                 WHERE r.clinic_id = c.id AND r.status = 'PUBLISHED') AS rating,
                               (SELECT count(*) FROM review r
                                 WHERE r.clinic_id = c.id AND r.status = 'PUBLISHED') AS review_count
                          FROM clinic c
                          JOIN clinic_location loc ON loc.clinic_id = c.id AND loc.is_primary
                         WHERE c.id = :id AND c.verification_status = 'VERIFIED'
                        """).param("id", id).query((rs, row) -> profile(rs, id)).optional();
    }

    private ProviderProfile profile(ResultSet rs, UUID id) throws SQLException {
        java.math.BigDecimal rating = rs.getBigDecimal("rating");
        return new ProviderProfile(
                id,
                rs.getString("name"),
                rs.getString("description"),
                rs.getString("phone"),
                rs.getString("website"),
                rs.getString("timezone"),
                rs.getBoolean("accepting_new_patients"),
                true,
                new ProviderSummary.Address(
                        rs.getString("street"), rs.getString("city"), rs.getString("state"), rs.getString("zip")),
                SearchRepository.strings(rs, "modalities"),
                SearchRepository.strings(rs, "conditions"),
                licences(id),
                practitioners(id),
                prices(id),
                new ProviderProfile.Payment(
                        rs.getBoolean("pays_self_pay"),
                        rs.getBoolean("pays_hsa_fsa"),
                        rs.getBoolean("provides_superbill")),
                new ProviderProfile.SessionFacts(
                        rs.getObject("infusion_minutes", Integer.class),
                        rs.getObject("monitoring_minutes", Integer.class)),
                rating == null ? null : rating.doubleValue(),
                rs.getInt("review_count"),
                reviews(id),
                false,
                null,
                null);
    }

    private List<ProviderProfile.License> licences(UUID clinicId) {
        return jdbc.sql("""
                        SELECT l.state, l.number, l.type, l.status, l.expires_on, l.verified_at,
                               p.given_name || ' ' || p.family_name AS practitioner
                          FROM licence l JOIN practitioner p ON p.id = l.practitioner_id
                         WHERE l.clinic_id = :id AND l.status <> 'REJECTED'
                         ORDER BY l.state, l.number
                        """)
                .param("id", clinicId)
                .query((rs, row) -> new ProviderProfile.License(
                        rs.getString("state"),
                        rs.getString("number"),
                        rs.getString("type"),
                        rs.getString("status"),
                        rs.getObject("expires_on", LocalDate.class),
                        instant(rs.getTimestamp("verified_at")),
                        rs.getString("practitioner")))
                .list();
    }

    private List<ProviderProfile.Practitioner> practitioners(UUID clinicId) {
        return jdbc.sql("""
                        SELECT id, given_name || ' ' || family_name AS name, credentials, npi, taxonomy_code
                          FROM practitioner WHERE clinic_id = :id ORDER BY family_name, given_name
                        """)
                .param("id", clinicId)
                .query((rs, row) -> new ProviderProfile.Practitioner(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("credentials"),
                        rs.getString("npi"),
                        rs.getString("taxonomy_code")))
                .list();
    }

    private List<ProviderProfile.Price> prices(UUID clinicId) {
        return jdbc.sql("""
                        SELECT kind, label, amount_usd, sessions FROM clinic_price WHERE clinic_id = :id
                         ORDER BY CASE kind WHEN 'CONSULTATION' THEN 0 WHEN 'INFUSION' THEN 1 ELSE 2 END, amount_usd
                        """)
                .param("id", clinicId)
                .query((rs, row) -> new ProviderProfile.Price(
                        rs.getString("kind"),
                        rs.getString("label"),
                        rs.getBigDecimal("amount_usd"),
                        rs.getInt("sessions")))
                .list();
    }

    private List<ProviderProfile.Review> reviews(UUID clinicId) {
        return jdbc.sql("""
                        SELECT id, rating, text, created_at, reply_text, replied_at FROM review
                         WHERE clinic_id = :id AND status = 'PUBLISHED' ORDER BY created_at DESC LIMIT 50
                        """)
                .param("id", clinicId)
                .query((rs, row) -> new ProviderProfile.Review(
                        rs.getObject("id", UUID.class),
                        rs.getInt("rating"),
                        rs.getString("text"),
                        instant(rs.getTimestamp("created_at")),
                        rs.getString("reply_text"),
                        instant(rs.getTimestamp("replied_at"))))
                .list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
