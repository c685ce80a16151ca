package org.ketapath.assessment.domain;

/**
 * A published source, as people see it: the citation in words and where to read it (a DOI or PubMed address,
 * or the publisher's page for labels and agency notices). Never an internal file name.
 */
public record Citation(String text, String url) {

    public Citation {
        if (!url.startsWith("https://")) {
            throw new IllegalArgumentException("A citation links to a public https address: " + url);
        }
    }

    static Citation doi(String text, String doi) {
        return new Citation(text + ". doi:" + doi, "https://doi.org/" + doi);
    }

    static Citation pubmed(String text, String pmid) {
        return new Citation(text + ". PMID " + pmid, "https://pubmed.ncbi.nlm.nih.gov/" + pmid + "/");
    }

    static Citation web(String text, String url) {
        return new Citation(text, url);
    }
}
