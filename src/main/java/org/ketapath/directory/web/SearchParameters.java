package org.ketapath.directory.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.ketapath.directory.Modality;
import org.ketapath.directory.TreatedCondition;
import org.ketapath.directory.domain.SearchQuery;
import org.ketapath.directory.domain.SearchSort;
import org.ketapath.platform.web.FieldProblem;
import org.ketapath.platform.web.InvalidInputException;
import org.ketapath.shared.ZipCentroid;
import org.ketapath.shared.ZipCentroids;
import org.ketapath.shared.ZipCode;

/**
 * The search's request parameters as typed (strings, possibly blank), turned into a {@link SearchQuery} or an
 * {@link InvalidInputException} naming every parameter at fault. Shared by the API and the search page.
 */
record SearchParameters(
        @Nullable String zip,
        @Nullable String radiusMiles,
        @Nullable String condition,
        @Nullable String modality,
        @Nullable String acceptingNewPatients,
        @Nullable String maxPriceUsd,
        @Nullable String sort,
        @Nullable String page,
        @Nullable String size) {

    SearchQuery toQuery(ZipCentroids centroids) {
        List<FieldProblem> problems = new ArrayList<>();
        ZipCentroid origin = origin(zip, centroids, problems);
        int radius =
                integer("radiusMiles", radiusMiles, SearchQuery.DEFAULT_RADIUS, 1, SearchQuery.MAX_RADIUS, problems);
        TreatedCondition treated = choice("condition", condition, TreatedCondition::valueOf, problems);
        Modality offered = choice("modality", modality, Modality::valueOf, problems);
        Boolean accepting = bool(problems);
        Integer maxPrice = blank(maxPriceUsd) ? null : integer("maxPriceUsd", maxPriceUsd, 0, 1, 100_000, problems);
        SearchSort order =
                blank(sort) ? SearchSort.DISTANCE : SearchSort.parse(sort).orElse(null);
        if (order == null) {
            problems.add(new FieldProblem("sort", "must be one of distance, rating, price"));
        }
        int pageNumber = integer("page", page, 0, 0, SearchQuery.MAX_PAGE, problems);
        int pageSize = integer("size", size, SearchQuery.DEFAULT_SIZE, 1, SearchQuery.MAX_SIZE, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new SearchQuery(
                origin,
                radius,
                treated,
                offered,
                accepting,
                maxPrice == null ? null : BigDecimal.valueOf(maxPrice),
                order,
                pageNumber,
                pageSize);
    }

    /** The centroid of a typed ZIP code, or null with the problem ({@code zip}: missing, malformed, unknown). */
    static @Nullable ZipCentroid origin(@Nullable String zip, ZipCentroids centroids, List<FieldProblem> problems) {
        if (blank(zip)) {
            problems.add(new FieldProblem("zip", "is required"));
            return null;
        }
        ZipCode code;
        try {
            code = ZipCode.parse(zip);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("zip", "must be a five-digit US ZIP code"));
            return null;
        }
        ZipCentroid centroid = centroids.find(code).orElse(null);
        if (centroid == null) {
            problems.add(new FieldProblem("zip", "is not a ZIP code we know"));
        }
        return centroid;
    }

    private @Nullable Boolean bool(List<FieldProblem> problems) {
        if (blank(acceptingNewPatients)) {
            return null;
        }
        String value = acceptingNewPatients.strip().toLowerCase(Locale.ROOT);
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        problems.add(new FieldProblem("acceptingNewPatients", "must be true or false"));
        return null;
    }

    private static <E extends Enum<E>> @Nullable E choice(
            String name, @Nullable String text, Function<String, E> parse, List<FieldProblem> problems) {
        if (blank(text)) {
            return null;
        }
        try {
            return parse.apply(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(name, "is not one of the known values"));
            return null;
        }
    }

    private static int integer(
            String name, @Nullable String text, int fallback, int min, int max, List<FieldProblem> problems) {
        if (blank(text)) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(name, "must be a whole number from " + min + " to " + max));
            return fallback;
        }
        problems.add(new FieldProblem(name, "must be from " + min + " to " + max));
        return fallback;
    }

    static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
