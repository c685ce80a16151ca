package org.ketapath.assessment.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Why the outcome is what it is: the rule's code, plain words, and the rule's sources, both as one line of text
 * ({@code source}, as in the first version of the API) and as citations with links.
 */
public record Reason(String code, String text, String source, List<Citation> citations) {

    public Reason(String code, String text, String source, @Nullable List<Citation> citations) {
        this.code = code;
        this.text = text;
        this.source = source;
        // Results stored before citations existed read back with none.
        this.citations = citations == null ? List.of() : List.copyOf(citations);
    }
}
