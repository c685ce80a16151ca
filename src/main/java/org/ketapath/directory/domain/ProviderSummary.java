package org.ketapath.directory.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One search result.
 *
 * @param distanceMiles great-circle miles from the ZIP centroid, one decimal; null for at-home results
 *     beyond the radius
 * @param nextAvailable the start of the soonest free consultation, with the clinic's offset; null when it has
 *     none in the next weeks or takes no online bookings
 * @param timezone the clinic's zone of {@code nextAvailable}, for pages (not part of the JSON)
 */
public record ProviderSummary(
        UUID id,
        String name,
        @Nullable Double distanceMiles,
        Address address,
        List<String> modalities,
        List<String> conditions,
        boolean licenseVerified,
        @Nullable Double rating,
        int reviewCount,
        @Nullable BigDecimal infusionPriceUsd,
        boolean acceptingNewPatients,
        @Nullable OffsetDateTime nextAvailable,
        @JsonIgnore @Nullable ZoneId timezone) {

    /** A result before its soonest consultation is known. */
    public ProviderSummary(
            UUID id,
            String name,
            @Nullable Double distanceMiles,
            Address address,
            List<String> modalities,
            List<String> conditions,
            boolean licenseVerified,
            @Nullable Double rating,
            int reviewCount,
            @Nullable BigDecimal infusionPriceUsd,
            boolean acceptingNewPatients) {
        this(
                id,
                name,
                distanceMiles,
                address,
                modalities,
                conditions,
                licenseVerified,
                rating,
                reviewCount,
                infusionPriceUsd,
                acceptingNewPatients,
                null,
                null);
    }

    /** The same result with its soonest free consultation. */
    public ProviderSummary withNextAvailable(Instant start, ZoneId zone) {
        return new ProviderSummary(
                id,
                name,
                distanceMiles,
                address,
                modalities,
                conditions,
                licenseVerified,
                rating,
                reviewCount,
                infusionPriceUsd,
                acceptingNewPatients,
                start.atZone(zone).toOffsetDateTime(),
                zone);
    }

    /** A public postal address. */
    public record Address(String street, String city, String state, String zip) {}
}
