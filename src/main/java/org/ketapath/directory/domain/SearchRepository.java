package org.ketapath.directory.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The radius search over the {@code provider_search} projection. The GiST index on
 * {@code (state, ll_to_earth(latitude, longitude))} answers {@code state = ? AND earth_box(...) @> point};
 * the exact great-circle check then drops the box's corners.
 */
@Repository
class SearchRepository {

    static final double METERS_PER_MILE = 1609.344;

    private static final String FILTERS = """
               AND p.licence_expires_on >= :today
               AND p.conditions @> CAST(:conditions AS text[])
               AND p.modalities @> CAST(:modalities AS text[])
               AND (CAST(:accepting AS boolean) IS NULL OR p.accepting_new_patients = CAST(:accepting AS boolean))
               AND (CAST(:maxPrice AS numeric) IS NULL OR p.infusion_price_usd <= CAST(:maxPrice AS numeric))
            """;

    private static final String RESULTS = """
            WITH near AS (
              SELECT p.*, earth_distance(ll_to_earth(:lat, :lon), ll_to_earth(p.latitude, p.longitude)) AS meters
                FROM provider_search p
               WHERE p.state = :state
                 AND earth_box(ll_to_earth(:lat, :lon), :meters) @> ll_to_earth(p.latitude, p.longitude)
            """ + FILTERS + """
            ), far AS (
              SELECT p.*, CAST(NULL AS double precision) AS meters
                FROM provider_search p
               WHERE :atHome AND p.state = :state AND p.at_home
            """ + FILTERS + """
                 AND earth_distance(ll_to_earth(:lat, :lon), ll_to_earth(p.latitude, p.longitude)) > :meters
            ), hits AS (
              SELECT * FROM near WHERE meters <= :meters
              UNION ALL
              SELECT * FROM far
            )
            SELECT clinic_id, name, meters, street, city, address_state, zip, modalities, conditions,
                   rating, review_count, infusion_price_usd, accepting_new_patients, count(*) OVER () AS total
              FROM hits
            """;

    private static final Map<SearchSort, String> SQL_BY_SORT = new EnumMap<>(SearchSort.class);

    static {
        for (SearchSort sort : SearchSort.values()) {
            SQL_BY_SORT.put(sort, RESULTS + sort.orderBy + " LIMIT :limit OFFSET :offset");
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    SearchRepository(JdbcClient jdbc, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    SearchPage search(SearchQuery query) {
        long[] total = {0};
        List<ProviderSummary> results = new ArrayList<>();
        jdbc.sql(SQL_BY_SORT.get(query.sort()))
                .param("lat", query.origin().latitude())
                .param("lon", query.origin().longitude())
                .param("meters", query.radiusMiles() * METERS_PER_MILE)
                .param("state", query.origin().state().name())
                .param("today", LocalDate.now(clock))
                .param("conditions", arrayLiteral(query.condition()))
                .param("modalities", arrayLiteral(query.modality()))
                .param("accepting", query.acceptingNewPatients())
                .param("maxPrice", query.maxPriceUsd())
                .param("atHome", query.includesAtHomeAnywhere())
                .param("limit", query.size())
                .param("offset", (long) query.page() * query.size())
                .query((rs, row) -> {
                    total[0] = rs.getLong("total");
                    return map(rs);
                })
                .list()
                .forEach(results::add);
        if (results.isEmpty() && query.page() > 0) {
            total[0] = countOnly(query);
        }
        return new SearchPage(results, total[0], query.page(), query.size());
    }

    private long countOnly(SearchQuery query) {
        SearchQuery first = new SearchQuery(
                query.origin(),
                query.radiusMiles(),
                query.condition(),
                query.modality(),
                query.acceptingNewPatients(),
                query.maxPriceUsd(),
                query.sort(),
                0,
                1);
        return search(first).total();
    }

    /** A text[] literal of enum names (never user text): "{}" for no filter. */
    private static String arrayLiteral(Enum<?> value) {
        return value == null ? "{}" : "{" + value.name() + "}";
    }

    private static ProviderSummary map(ResultSet rs) throws SQLException {
        double meters = rs.getDouble("meters");
        Double miles = rs.wasNull() ? null : Math.round(meters / METERS_PER_MILE * 10) / 10.0;
        BigDecimal rating = rs.getBigDecimal("rating");
        return new ProviderSummary(
                rs.getObject("clinic_id", UUID.class),
                rs.getString("name"),
                miles,
                new ProviderSummary.Address(
                        rs.getString("street"),
                        rs.getString("city"),
                        rs.getString("address_state"),
                        rs.getString("zip")),
                strings(rs, "modalities"),
                strings(rs, "conditions"),
                true,
                rating == null ? null : rating.doubleValue(),
                rs.getInt("review_count"),
                rs.getBigDecimal("infusion_price_usd"),
                rs.getBoolean("accepting_new_patients"));
    }

    static List<String> strings(ResultSet rs, String column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
