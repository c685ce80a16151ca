package org.ketapath.directory.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.directory.Modality;
import org.ketapath.directory.ProviderListings;
import org.ketapath.directory.TreatedCondition;
import org.ketapath.shared.UsState;
import org.ketapath.shared.ZipCentroid;
import org.ketapath.shared.ZipCentroids;
import org.ketapath.shared.ZipCode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The directory's listings for other modules; the radius search is {@link SearchRepository}'s own. */
@Component
class JdbcProviderListings implements ProviderListings {

    private static final String LISTED = """
             c.verification_status = 'VERIFIED'
            AND EXISTS (SELECT 1 FROM provider_search s WHERE s.clinic_id = c.id AND s.licence_expires_on >= :today)
            """;

    private static final String CLINICS = """
            SELECT c.id, c.name, c.phone, c.website, c.accepting_new_patients, c.modalities, c.conditions,
                   l.id AS location_id, l.street, l.city, l.state, l.zip, l.latitude, l.longitude
              FROM clinic c JOIN clinic_location l ON l.clinic_id = c.id AND l.is_primary
             WHERE c.id = ANY(:ids) AND """ + LISTED;

    private static final String PRACTITIONERS = """
            SELECT p.id, p.clinic_id, p.given_name, p.family_name, p.credentials, p.npi, p.taxonomy_code,
                   l.state, l.number, l.type, l.expires_on
              FROM practitioner p JOIN licence l ON l.practitioner_id = p.id
             WHERE p.clinic_id = ANY(:ids) AND l.clinic_id = ANY(:ids)
               AND l.status = 'VERIFIED' AND l.expires_on >= :today
             ORDER BY p.family_name, p.given_name, p.id, l.state, l.number
            """;

    private static final String IN_PLACE = """
            SELECT clinic_id, count(*) OVER () AS total
              FROM provider_search
             WHERE state = CAST(:state AS char(2)) AND address_state = CAST(:state AS char(2))
               AND (CAST(:zip AS text) IS NULL OR zip = CAST(:zip AS char(5)))
               AND licence_expires_on >= :today
             ORDER BY name, clinic_id
             LIMIT :limit OFFSET :offset
            """;

    private static final String ROLES = """
            SELECT p.id, p.clinic_id, count(*) OVER () AS total
              FROM practitioner p JOIN clinic c ON c.id = p.clinic_id
             WHERE (CAST(:clinic AS uuid) IS NULL OR p.clinic_id = CAST(:clinic AS uuid))
               AND (CAST(:taxonomy AS text) IS NULL OR p.taxonomy_code = CAST(:taxonomy AS text))
               AND EXISTS (SELECT 1 FROM licence l WHERE l.practitioner_id = p.id AND l.status = 'VERIFIED'
                                                     AND l.expires_on >= :today)
               AND """ + LISTED + """
             ORDER BY p.family_name, p.given_name, p.id
             LIMIT :limit OFFSET :offset
            """;

    private final SearchRepository search;
    private final ZipCentroids centroids;
    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcProviderListings(
            SearchRepository search, ZipCentroids centroids, JdbcClient jdbc, ObjectProvider<Clock> clock) {
        this.search = search;
        this.centroids = centroids;
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public ListingPage near(double latitude, double longitude, double radiusMiles, int page, int count) {
        ZipCentroid nearest = nearestCentroid(latitude, longitude);
        ZipCentroid origin = new ZipCentroid(nearest.zip(), nearest.state(), nearest.city(), latitude, longitude);
        SearchPage found = search.search(
                new SearchQuery(origin, radiusMiles, null, null, null, null, SearchSort.DISTANCE, page, count, true));
        List<UUID> ids = found.results().stream().map(ProviderSummary::id).toList();
        List<Listing> listings = inOrder(ids, clinics(ids, false)).stream()
                .map(l -> withDistance(
                        l, origin.milesTo(l.location().latitude(), l.location().longitude())))
                .toList();
        return new ListingPage(listings, found.total());
    }

    /**
     * The ZIP centroid nearest the point, by an equirectangular approximation (one cosine, not one per centroid):
     * it only decides the state whose licences count, as the ZIP code does in the provider search.
     */
    private ZipCentroid nearestCentroid(double latitude, double longitude) {
        double cos = Math.cos(Math.toRadians(latitude));
        ZipCentroid best = null;
        double bestScore = Double.MAX_VALUE;
        for (ZipCentroid c : centroids.all()) {
            double dLat = c.latitude() - latitude;
            double dLon = (c.longitude() - longitude) * cos;
            double score = dLat * dLat + dLon * dLon;
            if (score < bestScore) {
                bestScore = score;
                best = c;
            }
        }
        if (best == null) {
            throw new IllegalStateException("no ZIP centroids loaded");
        }
        return best;
    }

    @Override
    public ListingPage inZipCode(ZipCode zip, int page, int count) {
        UsState state = centroids.get(zip).state();
        return inPlace(state, zip.value(), page, count);
    }

    @Override
    public ListingPage inState(UsState state, int page, int count) {
        return inPlace(state, null, page, count);
    }

    private ListingPage inPlace(UsState state, @Nullable String zip, int page, int count) {
        long[] total = {0};
        List<UUID> ids = jdbc.sql(IN_PLACE)
                .param("state", state.name())
                .param("zip", zip)
                .param("today", today())
                .param("limit", count)
                .param("offset", (long) page * count)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return rs.getObject("clinic_id", UUID.class);
                })
                .list();
        return new ListingPage(inOrder(ids, clinics(ids, false)), total[0]);
    }

    @Override
    public List<Listing> clinics(Collection<UUID> clinicIds) {
        return clinics(clinicIds, true);
    }

    private List<Listing> clinics(Collection<UUID> clinicIds, boolean withPractitioners) {
        if (clinicIds.isEmpty()) {
            return List.of();
        }
        UUID[] ids = clinicIds.toArray(UUID[]::new);
        Map<UUID, List<ListedPractitioner>> practitioners = withPractitioners ? practitioners(ids) : Map.of();
        return jdbc.sql(CLINICS)
                .param("ids", ids)
                .param("today", today())
                .query((rs, n) -> clinic(rs, practitioners))
                .list();
    }

    @Override
    public Optional<Listing> clinicAt(UUID locationId) {
        return jdbc.sql("SELECT clinic_id FROM clinic_location WHERE id = :id AND is_primary")
                .param("id", locationId)
                .query(UUID.class)
                .optional()
                .flatMap(this::clinic);
    }

    @Override
    public Optional<Listing> clinicOf(UUID practitionerId) {
        return jdbc.sql("SELECT clinic_id FROM practitioner WHERE id = :id")
                .param("id", practitionerId)
                .query(UUID.class)
                .optional()
                .flatMap(this::clinic)
                .filter(c -> c.practitioners().stream().anyMatch(p -> p.id().equals(practitionerId)));
    }

    @Override
    public RolePage practitioners(@Nullable UUID locationId, @Nullable String taxonomyCode, int page, int count) {
        UUID clinicId = null;
        if (locationId != null) {
            Optional<Listing> at = clinicAt(locationId);
            if (at.isEmpty()) {
                return new RolePage(List.of(), 0);
            }
            clinicId = at.get().clinicId();
        }
        long[] total = {0};
        Map<UUID, UUID> clinicOfPractitioner = new LinkedHashMap<>();
        jdbc.sql(ROLES)
                .param("clinic", clinicId)
                .param("taxonomy", taxonomyCode)
                .param("today", today())
                .param("limit", count)
                .param("offset", (long) page * count)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    clinicOfPractitioner.put(rs.getObject("id", UUID.class), rs.getObject("clinic_id", UUID.class));
                    return n;
                })
                .list();
        Map<UUID, Listing> clinics = new LinkedHashMap<>();
        clinics(Set.copyOf(clinicOfPractitioner.values())).forEach(c -> clinics.put(c.clinicId(), c));
        List<Role> roles = new ArrayList<>();
        clinicOfPractitioner.forEach((practitionerId, clinic) -> {
            Listing listing = clinics.get(clinic);
            if (listing != null) {
                listing.practitioners().stream()
                        .filter(p -> p.id().equals(practitionerId))
                        .findFirst()
                        .ifPresent(p -> roles.add(new Role(p, listing)));
            }
        });
        return new RolePage(roles, total[0]);
    }

    private Optional<Listing> clinic(UUID clinicId) {
        return clinics(List.of(clinicId)).stream().findFirst();
    }

    private Map<UUID, List<ListedPractitioner>> practitioners(UUID[] clinicIds) {
        Map<UUID, ListedPractitioner> byId = new LinkedHashMap<>();
        jdbc.sql(PRACTITIONERS)
                .param("ids", clinicIds)
                .param("today", today())
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    ListedPractitioner p = byId.computeIfAbsent(id, k -> practitioner(rs));
                    p.licences().add(licence(rs));
                    return n;
                })
                .list();
        Map<UUID, List<ListedPractitioner>> byClinic = new LinkedHashMap<>();
        byId.values()
                .forEach(p -> byClinic.computeIfAbsent(p.clinicId(), k -> new ArrayList<>())
                        .add(new ListedPractitioner(
                                p.id(),
                                p.clinicId(),
                                p.givenName(),
                                p.familyName(),
                                p.credentials(),
                                p.npi(),
                                p.taxonomyCode(),
                                List.copyOf(p.licences()))));
        return byClinic;
    }

    private static ListedPractitioner practitioner(ResultSet rs) {
        try {
            return new ListedPractitioner(
                    rs.getObject("id", UUID.class),
                    rs.getObject("clinic_id", UUID.class),
                    rs.getString("given_name"),
                    rs.getString("family_name"),
                    rs.getString("credentials"),
                    rs.getString("npi"),
                    rs.getString("taxonomy_code"),
                    new ArrayList<>());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ListedLicence licence(ResultSet rs) throws SQLException {
        return new ListedLicence(
                UsState.of(rs.getString("state")),
                rs.getString("number"),
                rs.getString("type"),
                rs.getObject("expires_on", LocalDate.class));
    }

    private static Listing clinic(ResultSet rs, Map<UUID, List<ListedPractitioner>> practitioners) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Set<Modality> modalities = EnumSet.noneOf(Modality.class);
        SearchRepository.strings(rs, "modalities").forEach(m -> modalities.add(Modality.valueOf(m)));
        Set<TreatedCondition> conditions = EnumSet.noneOf(TreatedCondition.class);
        SearchRepository.strings(rs, "conditions").forEach(c -> conditions.add(TreatedCondition.valueOf(c)));
        return new Listing(
                id,
                rs.getString("name"),
                rs.getString("phone"),
                rs.getString("website"),
                rs.getBoolean("accepting_new_patients"),
                Set.copyOf(modalities),
                Set.copyOf(conditions),
                new ListedLocation(
                        rs.getObject("location_id", UUID.class),
                        rs.getString("street"),
                        rs.getString("city"),
                        UsState.of(rs.getString("state")),
                        rs.getString("zip"),
                        rs.getDouble("latitude"),
                        rs.getDouble("longitude")),
                practitioners.getOrDefault(id, List.of()),
                null);
    }

    private static List<Listing> inOrder(List<UUID> ids, List<Listing> listings) {
        Map<UUID, Listing> byId = new LinkedHashMap<>();
        listings.forEach(l -> byId.put(l.clinicId(), l));
        return ids.stream().map(byId::get).filter(l -> l != null).toList();
    }

    private static Listing withDistance(Listing l, double miles) {
        return new Listing(
                l.clinicId(),
                l.name(),
                l.phone(),
                l.website(),
                l.acceptingNewPatients(),
                l.modalities(),
                l.conditions(),
                l.location(),
                l.practitioners(),
                miles);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
