package org.ketapath.content.domain;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A source a page cites, numbered by its place in the page's list. At least one way to find it is required: a
 * DOI, a PubMed id, a PubMed Central id or, for documents outside the literature (a regulator's notice), a web
 * address.
 *
 * @param id a short key for editors, unique on the page (e.g. {@code schwenk2018})
 * @param citation the reference as readers see it
 */
public record Source(
        String id,
        String citation,
        @Nullable String doi,
        @Nullable String pmid,
        @Nullable String pmcid,
        @Nullable String url) {

    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
    private static final Pattern PMID = Pattern.compile("\\d{1,9}");
    private static final Pattern PMCID = Pattern.compile("PMC\\d{1,9}");

    public Source {
        if (id == null || id.isBlank() || citation == null || citation.isBlank()) {
            throw new IllegalArgumentException("a source needs an id and a citation");
        }
        if (doi == null && pmid == null && pmcid == null && url == null) {
            throw new IllegalArgumentException("source '" + id + "' needs a doi, pmid, pmcid or url");
        }
        check(doi, DOI, id, "doi");
        check(pmid, PMID, id, "pmid");
        check(pmcid, PMCID, id, "pmcid");
        if (url != null && !url.startsWith("https://")) {
            throw new IllegalArgumentException("source '" + id + "': url must be https");
        }
    }

    public @Nullable String doiLink() {
        return doi == null ? null : "https://doi.org/" + doi;
    }

    public @Nullable String pubmedLink() {
        return pmid == null ? null : "https://pubmed.ncbi.nlm.nih.gov/" + pmid + "/";
    }

    public @Nullable String pmcLink() {
        return pmcid == null ? null : "https://pmc.ncbi.nlm.nih.gov/articles/" + pmcid + "/";
    }

    /** The address that best identifies the source: its DOI, else PubMed, else PubMed Central, else its URL. */
    public String primaryLink() {
        String[] candidates = {doiLink(), pubmedLink(), pmcLink(), url};
        for (String candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        throw new IllegalStateException("unreachable: checked in the constructor");
    }

    private static void check(@Nullable String value, Pattern pattern, String id, String field) {
        if (value != null && !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException("source '" + id + "': " + field + " '" + value + "' is malformed");
        }
    }
}
