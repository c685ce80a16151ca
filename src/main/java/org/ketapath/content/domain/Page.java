package org.ketapath.content.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * An information page, checked and rendered: every citation in it points at one of its sources, every source is
 * cited, and it says when and by whom it was last reviewed.
 *
 * @param slug the path under {@code /learn/}, e.g. {@code ketamine-for-migraine} or {@code conditions/depression}
 * @param section the group the page belongs to on the index
 * @param order the page's place on the index
 * @param reviewerRole who reviewed it, stated honestly (a role, not a name we cannot vouch for)
 * @param html the body, rendered from Markdown with raw HTML escaped
 */
public record Page(
        String slug,
        String title,
        String description,
        String section,
        int order,
        LocalDate lastReviewed,
        String reviewerRole,
        List<Source> sources,
        List<Faq> faq,
        String html) {

    public Page {
        sources = List.copyOf(sources);
        faq = List.copyOf(faq);
    }

    public String path() {
        return "/learn/" + slug;
    }
}
