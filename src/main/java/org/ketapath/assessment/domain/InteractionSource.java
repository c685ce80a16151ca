package org.ketapath.assessment.domain;

import org.jspecify.annotations.Nullable;

/**
 * A published source behind an interaction class: its citation, DOI and PubMed id where it has them, and a link
 * ({@code url}: the DOI link, else the PubMed page, else the page given, such as a label on DailyMed).
 */
public record InteractionSource(
        String citation,
        @Nullable String doi,
        @Nullable String pmid,
        @Nullable String url) {

    public InteractionSource {
        if (url == null && doi != null) {
            url = "https://doi.org/" + doi;
        } else if (url == null && pmid != null) {
            url = "https://pubmed.ncbi.nlm.nih.gov/" + pmid + "/";
        }
    }

    /** Whether a reader can find it by DOI or PubMed id, not only by a web address. */
    boolean identified() {
        return doi != null || pmid != null;
    }
}
