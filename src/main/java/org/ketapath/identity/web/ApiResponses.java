package org.ketapath.identity.web;

import java.time.Duration;
import org.ketapath.identity.domain.InputRejected;
import org.ketapath.platform.web.FieldProblem;
import org.ketapath.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;

/** problem+json answers the identity API shares; none of them carries a value that was sent. */
final class ApiResponses {

    private ApiResponses() {}

    static InvalidInputException invalid(InputRejected rejected) {
        return new InvalidInputException(rejected.problems().stream()
                .map(problem -> new FieldProblem(problem.field(), problem.getMessage()))
                .toList());
    }

    static ErrorResponseException notFound() {
        return new ErrorResponseException(
                HttpStatus.NOT_FOUND,
                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No resource exists at this address."),
                null);
    }

    static ErrorResponseException conflict(String detail) {
        return new ErrorResponseException(
                HttpStatus.CONFLICT, ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail), null);
    }

    static ResponseEntity<Object> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(status, detail));
    }

    static ResponseEntity<Object> tooManyAttempts(Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", Long.toString(seconds))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(
                        HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-in attempts; try again later."));
    }

    static String clientIp(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
