package org.ketapath.assessment.domain;

import java.util.List;

/** What a yes/no field of the result means, in words, with the source of the definition. */
public record Definition(String field, String meaning, List<Citation> sources) {

    public Definition {
        sources = List.copyOf(sources);
    }
}
