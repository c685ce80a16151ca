package org.ketapath.identity.domain;

import java.util.List;

/** One or more fields that are not acceptable. */
public class InputRejected extends RuntimeException {

    private final List<FieldRejected> problems;

    public InputRejected(List<FieldRejected> problems) {
        super("invalid input");
        this.problems = List.copyOf(problems);
    }

    public List<FieldRejected> problems() {
        return problems;
    }
}
