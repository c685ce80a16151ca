package org.ketapath.content.domain;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The YAML block at the top of a content file, as written by editors. */
record FrontMatter(
        @Nullable String title,
        @Nullable String description,
        @Nullable String slug,
        @Nullable String section,
        @Nullable Integer order,
        @Nullable LocalDate lastReviewed,
        @Nullable String reviewerRole,
        @Nullable List<Source> sources,
        @Nullable List<Question> faq) {

    /** A question and its answer in Markdown (citations allowed). */
    record Question(String question, String answer) {}
}
