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
import org.ketapath.shared.ZipCentroid;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The radius search over the {@code provider_search} projection. The GiST index on {@code (state, point)}
 * answers {@code state = ? AND point <@ box} (the cube {@code earth_box} would build around the ZIP centroid);
 * the exact check then compares the straight-line (chord) distance, which orders like the great-circle one.
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

    private static final String NEAR = """
            WITH near AS (
              SELECT p.*, cube_distance(p.point, cube(ARRAY[CAST(:x AS float8), CAST(:y AS float8), CAST(:z AS float8)]))
                          AS chord
                FROM provider_search p
               WHERE p.state = CAST(:state AS char(2))
                 AND p.point <@ cube(ARRAY[CAST(:x AS float8) - :chord, CAST(:y AS float8) - :chord,
                                         CAST(:z AS float8) - :chord],
                                   ARRAY[CAST(:x AS float8) + :chord, CAST(:y AS float8) + :chord,
                                         CAST(:z AS float8) + :chord])
            """ + FILTERS + """
            ), hits AS (
              SELECT * FROM near WHERE chord <= :chord
            )
            """;

    private static final String AT_HOME = """
            ), far AS (
              SELECT p.*, CAST(NULL AS double precision) AS chord
                FROM provider_search p
               WHERE p.state = CAST(:state AS char(2)) AND p.at_home
            """ + FILTERS + """
                 AND cube_distance(p.point, cube(ARRAY[CAST(:x AS float8), CAST(:y AS float8), CAST(:z AS float8)]))
                     > :chord
            ), hits AS (
              SELECT * FROM near WHERE chord <= :chord
              UNION ALL
              SELECT * FROM far
            )
            """;

    private static final String SELECT = """
            SELECT clinic_id, name, chord, street, city, address_state, zip, modalities, conditions,
                   rating, review_count, infusion_price_usd, accepting_new_patients, count(*) OVER () AS total
              FROM hits
            """;

    /** Fixed statements: near only, or near plus at-home anywhere in the state; for each sort order. */
    private static final Map<SearchSort, String> NEAR_BY_SORT = new EnumMap<>(SearchSort.class);

    private static final Map<SearchSort, String> WITH_AT_HOME_BY_SORT = new EnumMap<>(SearchSort.class);

    static {
        String nearOnly = NEAR.substring(0, NEAR.lastIndexOf("), hits AS ("));
        for (SearchSort sort : SearchSort.values()) {
            String tail = SELECT + sort.orderBy + " LIMIT :limit OFFSET :offset";
            NEAR_BY_SORT.put(sort, NEAR + tail);
            WITH_AT_HOME_BY_SORT.put(sort, nearOnly + AT_HOME + tail);
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
        bind(jdbc.sql(sql(query)), query)
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

    /**
     * The verified clinics licensed in the origin's state whose primary location is within the radius, nearest
     * first, at most {@code limit}: the same index, state, licence-expiry and distance rules as the search.
     */
    List<NearbyClinic> nearby(ZipCentroid origin, int radiusMiles, int limit) {
        return jdbc.sql("""
                        SELECT clinic_id, name, chord FROM (
                          SELECT p.clinic_id, p.name,
                                 cube_distance(p.point, cube(ARRAY[CAST(:x AS float8), CAST(:y AS float8),
                                                                   CAST(:z AS float8)])) AS chord
                            FROM provider_search p
                           WHERE p.state = CAST(:state AS char(2))
                             AND p.point <@ cube(ARRAY[CAST(:x AS float8) - :chord, CAST(:y AS float8) - :chord,
                                                     CAST(:z AS float8) - :chord],
                                               ARRAY[CAST(:x AS float8) + :chord, CAST(:y AS float8) + :chord,
                                                     CAST(:z AS float8) + :chord])
                             AND p.licence_expires_on >= :today
                        ) near
                        WHERE chord <= :chord
                        ORDER BY chord, clinic_id
                        LIMIT :limit
                        """)
                .param("x", EarthPoint.x(origin))
                .param("y", EarthPoint.y(origin))
                .param("z", EarthPoint.z(origin))
                .param("chord", EarthPoint.chord(radiusMiles * METERS_PER_MILE))
                .param("state", origin.state().name())
                .param("today", LocalDate.now(clock))
                .param("limit", limit)
                .query((rs, n) -> new NearbyClinic(
                        rs.getObject("clinic_id", UUID.class),
                        rs.getString("name"),
                        Math.round(EarthPoint.greatCircle(rs.getDouble("chord")) / METERS_PER_MILE * 10) / 10.0))
                .list();
    }

    /** A clinic near a ZIP code, with its distance in miles (one decimal). */
    record NearbyClinic(UUID clinicId, String name, double miles) {}

    /** The query plan with timings, for the benchmark and for people tuning the index. */
    String explain(SearchQuery query) {
        return String.join(
                "\n",
                bind(jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + sql(query)), query)
                        .query(String.class)
                        .list());
    }

    private static String sql(SearchQuery query) {
        return (query.includesAtHomeAnywhere() ? WITH_AT_HOME_BY_SORT : NEAR_BY_SORT).get(query.sort());
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, SearchQuery query) {
        return spec.param("x", EarthPoint.x(query.origin()))
                .param("y", EarthPoint.y(query.origin()))
                .param("z", EarthPoint.z(query.origin()))
                .param("chord", EarthPoint.chord(query.radiusMiles() * METERS_PER_MILE))
                .param("state", query.origin().state().name())
                .param("today", LocalDate.now(clock))
                .param("conditions", arrayLiteral(query.condition()))
                .param("modalities", arrayLiteral(query.modality()))
                .param("accepting", query.acceptingNewPatients())
                .param("maxPrice", query.maxPriceUsd())
                .param("limit", query.size())
                .param("offset", (long) query.page() * query.size());
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
                1,
                query.withinRadiusOnly());
        return search(first).total();
    }

    /** A text[] literal of enum names (never user text): "{}" for no filter. */
    private static String arrayLiteral(Enum<?> value) {
        return value == null ? "{}" : "{" + value.name() + "}";
    }

    private static ProviderSummary map(ResultSet rs) throws SQLException {
        double chord = rs.getDouble("chord");
        Double miles = rs.wasNull() ? null : Math.round(EarthPoint.greatCircle(chord) / METERS_PER_MILE * 10) / 10.0;
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
