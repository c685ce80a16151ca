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
 * @param radiusMiles 1-500
 * @param condition only providers treating it, when given
 * @param modality only providers offering it, when given
 * @param acceptingNewPatients only providers with this flag, when given
 * @param maxPriceUsd only providers whose infusion price is at most this, when given
 * @param sort the order
 * @param page zero-based page
 * @param size 1-100
 */
public record SearchQuery(
        ZipCentroid origin,
        int radiusMiles,
        @Nullable TreatedCondition condition,
        @Nullable Modality modality,
        @Nullable Boolean acceptingNewPatients,
        @Nullable BigDecimal maxPriceUsd,
        SearchSort sort,
        int page,
        int size) {

    public static final int DEFAULT_RADIUS = 50;
    public static final int MAX_RADIUS = 500;
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 10_000;

    public SearchQuery {
        if (radiusMiles < 1 || radiusMiles > MAX_RADIUS) {
            throw new IllegalArgumentException("radiusMiles out of range");
        }
        if (size < 1 || size > MAX_SIZE || page < 0 || page > MAX_PAGE) {
            throw new IllegalArgumentException("page or size out of range");
        }
    }

    /** At-home providers are added whatever the distance unless another modality is asked for. */
    boolean includesAtHomeAnywhere() {
        return modality == null || modality == Modality.AT_HOME;
    }
}
