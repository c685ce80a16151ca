package org.ketapath.directory.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.directory.domain.ProviderProfile;
import org.ketapath.directory.domain.ProviderProfiles;
import org.ketapath.directory.domain.ProviderSearch;
import org.ketapath.directory.domain.SearchPage;
import org.ketapath.shared.ZipCentroids;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public provider search and profiles. */
@RestController
@RequestMapping("/api/v1/providers")
class ProviderApiController {

    private final ProviderSearch search;
    private final ProviderProfiles profiles;
    private final ZipCentroids centroids;

    ProviderApiController(ProviderSearch search, ProviderProfiles profiles, ZipCentroids centroids) {
        this.search = search;
        this.profiles = profiles;
        this.centroids = centroids;
    }

    @GetMapping
    SearchPage search(
            @RequestParam(required = false) @Nullable String zip,
            @RequestParam(required = false) @Nullable String radiusMiles,
            @RequestParam(required = false) @Nullable String condition,
            @RequestParam(required = false) @Nullable String modality,
            @RequestParam(required = false) @Nullable String acceptingNewPatients,
            @RequestParam(required = false) @Nullable String maxPriceUsd,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String page,
            @RequestParam(required = false) @Nullable String size) {
        SearchParameters parameters = new SearchParameters(
                zip, radiusMiles, condition, modality, acceptingNewPatients, maxPriceUsd, sort, page, size);
        return search.search(parameters.toQuery(centroids));
    }

    @GetMapping("/{id}")
    ProviderProfile profile(@PathVariable UUID id) {
        return profiles.find(id).orElseThrow(ProviderApiController::notFound);
    }

    static ErrorResponseException notFound() {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No verified provider has this id.");
        problem.setTitle("Provider not found");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
