package org.ketapath.interop.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Sort;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.SpecialParam;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Location;
import org.jspecify.annotations.Nullable;
import org.ketapath.directory.ProviderListings;
import org.ketapath.directory.ProviderListings.ListingPage;
import org.ketapath.shared.UsState;
import org.ketapath.shared.ZipCentroids;
import org.ketapath.shared.ZipCode;
import org.springframework.stereotype.Component;

/**
 * {@code Location}: a listed clinic's primary location. Searches: {@code near} (the provider search's own radius
 * statement, nearest first), {@code address-postalcode} and {@code address-state}; exactly one of them.
 */
@Component
class LocationProvider implements IResourceProvider {

    private final ProviderListings listings;
    private final ZipCentroids centroids;

    LocationProvider(ProviderListings listings, ZipCentroids centroids) {
        this.listings = listings;
        this.centroids = centroids;
    }

    @Override
    public Class<Location> getResourceType() {
        return Location.class;
    }

    @Read
    public Location read(@IdParam IdType id) {
        return Ids.uuid(id)
                .flatMap(listings::clinicAt)
                .map(DirectoryResources::location)
                .orElseThrow(() -> Problems.notFound(id));
    }

    @Search
    public IBundleProvider search(
            @OptionalParam(name = Location.SP_NEAR) @Nullable SpecialParam near,
            @OptionalParam(name = Location.SP_ADDRESS_POSTALCODE) @Nullable StringParam postalCode,
            @OptionalParam(name = Location.SP_ADDRESS_STATE) @Nullable StringParam state,
            @Sort @Nullable SortSpec sort,
            @Offset @Nullable Integer offset,
            @Count @Nullable Integer count) {
        Paging paging = Paging.of(offset, count);
        int given = (near == null ? 0 : 1) + (postalCode == null ? 0 : 1) + (state == null ? 0 : 1);
        if (given != 1) {
            throw Problems.invalid("near", "or address-postalcode or address-state: give exactly one of them");
        }
        ListingPage page;
        if (near != null) {
            checkSort(sort, true);
            Near point = Near.parse(near.getValue());
            page = listings.near(point.latitude(), point.longitude(), point.miles(), paging.page(), paging.count());
        } else if (postalCode != null) {
            checkSort(sort, false);
            page = listings.inZipCode(zip(postalCode.getValue()), paging.page(), paging.count());
        } else {
            checkSort(sort, false);
            page = listings.inState(state(state.getValue()), paging.page(), paging.count());
        }
        List<Location> locations = new ArrayList<>();
        page.results().forEach(l -> locations.add(DirectoryResources.location(l)));
        return paging.bundle(locations, page.total());
    }

    /** Only {@code _sort=near} (what a near search does anyway); the other searches sort by name. */
    private static void checkSort(@Nullable SortSpec sort, boolean near) {
        if (sort == null) {
            return;
        }
        if (!near
                || !Location.SP_NEAR.equals(sort.getParamName())
                || sort.getChain() != null
                || sort.getOrder() == ca.uhn.fhir.rest.api.SortOrderEnum.DESC) {
            throw Problems.invalid("_sort", "may only be near, with a near search");
        }
    }

    private ZipCode zip(String text) {
        ZipCode zip;
        try {
            zip = ZipCode.parse(text);
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("address-postalcode", "must be a five-digit US ZIP code");
        }
        if (centroids.find(zip).isEmpty()) {
            throw Problems.invalid("address-postalcode", "is not a ZIP code we know");
        }
        return zip;
    }

    private static UsState state(String text) {
        try {
            return UsState.of(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("address-state", "must be a two-letter US state code such as PA");
        }
    }
}
