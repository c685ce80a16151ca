package org.ketapath.directory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.shared.UsState;
import org.ketapath.shared.ZipCode;

/**
 * The public directory as other modules (the FHIR facade) may read it: verified clinics at their primary location,
 * their practitioners with verified, unexpired licences. The same rules as the provider search: a clinic is listed
 * only while it is verified and one of its practitioners holds a verified licence that has not expired; a search
 * for a place counts licences in that place's state. The searches for places ({@link #near}, {@link #inZipCode},
 * {@link #inState}) leave {@link Listing#practitioners()} empty (a location needs none; one statement less per
 * search): {@link #clinics} fills them in.
 */
public interface ProviderListings {

    /** The most results one call returns. */
    int MAX_COUNT = 100;

    /**
     * Listed clinics whose primary location lies within {@code radiusMiles} (great-circle) of the point and that
     * are licensed in the state the point lies in (that of the nearest ZIP centroid), nearest first: the provider
     * search's own statement, with at-home providers beyond the radius left out.
     */
    ListingPage near(double latitude, double longitude, double radiusMiles, int page, int count);

    /** Listed clinics with their primary location in this ZIP code and licensed in its state, by name. */
    ListingPage inZipCode(ZipCode zip, int page, int count);

    /** Listed clinics with their primary location in this state and licensed in it, by name. */
    ListingPage inState(UsState state, int page, int count);

    /** The listed clinics among the ids, in no particular order (unknown or unlisted ids are left out). */
    List<Listing> clinics(Collection<UUID> clinicIds);

    /** The listed clinic whose primary location this is. */
    Optional<Listing> clinicAt(UUID locationId);

    /** The listed clinic of this listed practitioner. */
    Optional<Listing> clinicOf(UUID practitionerId);

    /**
     * Listed practitioners (a verified, unexpired licence) of listed clinics, optionally only at one location or
     * with one NUCC taxonomy code, by family name.
     */
    RolePage practitioners(@Nullable UUID locationId, @Nullable String taxonomyCode, int page, int count);

    /**
     * A page of listed clinics.
     *
     * @param results the clinics on this page
     * @param total all matches
     */
    record ListingPage(List<Listing> results, long total) {}

    /**
     * A page of practitioners with their clinics.
     *
     * @param results practitioner and clinic, one per practitioner
     * @param total all matches
     */
    record RolePage(List<Role> results, long total) {}

    /** A listed practitioner at a listed clinic. */
    record Role(ListedPractitioner practitioner, Listing clinic) {}

    /**
     * A listed clinic at its primary location.
     *
     * @param distanceMiles great-circle miles from the point searched for ({@link #near} only), unrounded
     */
    record Listing(
            UUID clinicId,
            String name,
            String phone,
            @Nullable String website,
            boolean acceptingNewPatients,
            Set<Modality> modalities,
            Set<TreatedCondition> conditions,
            ListedLocation location,
            List<ListedPractitioner> practitioners,
            @Nullable Double distanceMiles) {}

    /** A clinic's primary location. */
    record ListedLocation(
            UUID id, String street, String city, UsState state, String zip, double latitude, double longitude) {}

    /**
     * A practitioner with only the licences that count (verified, not expired).
     *
     * @param taxonomyCode the NUCC Health Care Provider Taxonomy code, if known
     */
    record ListedPractitioner(
            UUID id,
            UUID clinicId,
            String givenName,
            String familyName,
            String credentials,
            String npi,
            @Nullable String taxonomyCode,
            List<ListedLicence> licences) {}

    /** A verified, unexpired state licence. */
    record ListedLicence(UsState state, String number, String type, LocalDate expiresOn) {}
}
