package org.ketapath.assessment.web;

import java.util.function.Supplier;
import org.ketapath.assessment.domain.InputRejectedException;
import org.ketapath.platform.web.FieldProblem;
import org.ketapath.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Turns the domain's answers about bad input into the platform's problem+json exceptions. */
final class Problems {

    private Problems() {}

    static <T> T rejectingInput(Supplier<T> action) {
        try {
            return action.get();
        } catch (InputRejectedException e) {
            throw new InvalidInputException(e.problems().stream()
                    .map(p -> new FieldProblem(p.field(), p.message()))
                    .toList());
        }
    }

    static ErrorResponseException notFound(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setTitle("Not Found");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
