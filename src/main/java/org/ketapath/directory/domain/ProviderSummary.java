package org.ketapath.directory.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One search result.
 *
 * @param distanceMiles great-circle miles from the ZIP centroid, one decimal; null for at-home results
 *     beyond the radius
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
        boolean acceptingNewPatients) {

    /** A public postal address. */
    public record Address(String street, String city, String state, String zip) {}
}
