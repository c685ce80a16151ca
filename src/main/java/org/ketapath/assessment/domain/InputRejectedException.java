package org.ketapath.assessment.domain;

import java.util.List;

/** Input that is well formed but not acceptable; the web layer answers it with 400 naming each field. */
public class InputRejectedException extends RuntimeException {

    private final List<InputProblem> problems;

    public InputRejectedException(List<InputProblem> problems) {
        super(
                problems.isEmpty()
                        ? "invalid input"
                        : problems.get(0).field() + " " + problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public InputRejectedException(String field, String message) {
        this(List.of(new InputProblem(field, message)));
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
