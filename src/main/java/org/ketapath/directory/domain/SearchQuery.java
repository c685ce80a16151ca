package org.ketapath.directory.domain;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.ketapath.directory.Modality;
import org.ketapath.directory.TreatedCondition;
import org.ketapath.shared.ZipCentroid;

/**
 * A validated provider search.
 *
 * @param origin the patient's ZIP centroid (its state decides which licences count)
 * @param radiusMiles more than 0, at most 500 (the JSON API takes whole miles from 1; FHIR's {@code near} any
 *     distance)
 * @param condition only providers treating it, when given
 * @param modality only providers offering it, when given
 * @param acceptingNewPatients only providers with this flag, when given
 * @param maxPriceUsd only providers whose infusion price is at most this, when given
 * @param sort the order
 * @param page zero-based page
 * @param size 1-100
 * @param withinRadiusOnly leave out at-home providers beyond the radius (FHIR's {@code Location?near=}: places
 *     within the distance only)
 */
public record SearchQuery(
        ZipCentroid origin,
        double radiusMiles,
        @Nullable TreatedCondition condition,
        @Nullable Modality modality,
        @Nullable Boolean acceptingNewPatients,
        @Nullable BigDecimal maxPriceUsd,
        SearchSort sort,
        int page,
        int size,
        boolean withinRadiusOnly) {

    public static final int DEFAULT_RADIUS = 50;
    public static final int MAX_RADIUS = 500;
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 10_000;

    public SearchQuery {
        if (!(radiusMiles > 0) || radiusMiles > MAX_RADIUS) {
            throw new IllegalArgumentException("radiusMiles out of range");
        }
        if (size < 1 || size > MAX_SIZE || page < 0 || page > MAX_PAGE) {
            throw new IllegalArgumentException("page or size out of range");
        }
    }

    /** The JSON API's search: at-home providers in the state count whatever the distance. */
    public SearchQuery(
            ZipCentroid origin,
            double radiusMiles,
            @Nullable TreatedCondition condition,
            @Nullable Modality modality,
            @Nullable Boolean acceptingNewPatients,
            @Nullable BigDecimal maxPriceUsd,
            SearchSort sort,
            int page,
            int size) {
        this(origin, radiusMiles, condition, modality, acceptingNewPatients, maxPriceUsd, sort, page, size, false);
    }

    /** At-home providers are added whatever the distance unless another modality is asked for. */
    boolean includesAtHomeAnywhere() {
        return !withinRadiusOnly && (modality == null || modality == Modality.AT_HOME);
    }
}
