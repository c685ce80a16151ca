package org.ketapath.directory.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.directory.CourseEstimates;
import org.ketapath.directory.Modality;
import org.ketapath.directory.TreatedCondition;
import org.ketapath.directory.domain.ProviderProfiles;
import org.ketapath.directory.domain.ProviderSearch;
import org.ketapath.platform.web.FieldProblem;
import org.ketapath.platform.web.InvalidInputException;
import org.ketapath.shared.ZipCentroids;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The search page (pre-fillable by query parameters, e.g. {@code /providers?zip=19107&condition=MIGRAINE}) and
 * the provider page. Works without JavaScript; with htmx the results are swapped in place.
 */
@Controller
class ProviderPageController {

    static final List<Integer> RADII = List.of(10, 25, 50, 100, 250, 500);

    private final ProviderSearch search;
    private final ProviderProfiles profiles;
    private final ZipCentroids centroids;
    private final CourseEstimates estimates;

    ProviderPageController(
            ProviderSearch search, ProviderProfiles profiles, ZipCentroids centroids, CourseEstimates estimates) {
        this.search = search;
        this.profiles = profiles;
        this.centroids = centroids;
        this.estimates = estimates;
    }

    @GetMapping("/providers")
    String search(
            @RequestParam(required = false) @Nullable String zip,
            @RequestParam(required = false) @Nullable String radiusMiles,
            @RequestParam(required = false) @Nullable String condition,
            @RequestParam(required = false) @Nullable String modality,
            @RequestParam(required = false) @Nullable String maxPriceUsd,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String page,
            @RequestParam(required = false) @Nullable String assessment,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        SearchParameters parameters =
                new SearchParameters(zip, radiusMiles, condition, modality, null, maxPriceUsd, sort, page, "20");
        model.addAttribute("form", parameters);
        model.addAttribute("radii", RADII);
        model.addAttribute("conditions", TreatedCondition.values());
        model.addAttribute("modalities", Modality.values());
        model.addAttribute("labels", labels());
        model.addAttribute("assessment", assessmentOrNull(assessment));
        if (!SearchParameters.blank(zip)) {
            try {
                model.addAttribute("results", search.search(parameters.toQuery(centroids)));
            } catch (InvalidInputException e) {
                Map<String, String> errors = new LinkedHashMap<>();
                for (FieldProblem problem : e.errors()) {
                    errors.putIfAbsent(problem.field(), problem.message());
                }
                model.addAttribute("errors", errors);
            }
        }
        return htmx != null ? "directory/search :: results" : "directory/search";
    }

    @GetMapping("/providers/{id}")
    String profile(@PathVariable String id, @RequestParam(required = false) @Nullable String assessment, Model model) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute(
                "provider", profiles.find(uuid).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("labels", labels());
        model.addAttribute("assessment", assessmentOrNull(assessment));
        model.addAttribute("course", estimates.typicalCourse(uuid).orElse(null));
        return "directory/provider";
    }

    /**
     * The id of the assessment result the person came from, carried to the booking page (which shares the
     * result only if it is the booker's); anything that cannot be a result id is dropped.
     */
    static @Nullable String assessmentOrNull(@Nullable String assessment) {
        return assessment != null && assessment.matches("[A-Za-z0-9_-]{22}") ? assessment : null;
    }

    /** Readable names of modalities and conditions by their codes. */
    static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        Arrays.stream(Modality.values()).forEach(m -> labels.put(m.name(), m.label()));
        Arrays.stream(TreatedCondition.values()).forEach(c -> labels.put(c.name(), c.label()));
        return labels;
    }
}
