package org.ketapath.directory.domain;

import java.util.Locale;
import java.util.Optional;

/** The whitelisted sort orders; each maps to a fixed ORDER BY fragment (never built from input). */
public enum SearchSort {
    DISTANCE("ORDER BY chord ASC NULLS LAST, name, clinic_id"),
    RATING("ORDER BY rating DESC NULLS LAST, review_count DESC, chord ASC NULLS LAST, clinic_id"),
    PRICE("ORDER BY infusion_price_usd ASC NULLS LAST, chord ASC NULLS LAST, clinic_id");

    final String orderBy;

    SearchSort(String orderBy) {
        this.orderBy = orderBy;
    }

    public static Optional<SearchSort> parse(String text) {
        for (SearchSort sort : values()) {
            if (sort.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
