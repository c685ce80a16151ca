package org.ketapath.billing.web;

import java.util.List;
import org.ketapath.billing.domain.BillingRefusal;
import org.ketapath.platform.web.FieldProblem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Billing's refusals as problem+json: 404, 400 naming each field, 409 with a code, 422 naming each missing field. */
@RestControllerAdvice(
        assignableTypes = {EstimateApiController.class, SuperbillApiController.class, PaymentApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class BillingApiErrors {

    @ExceptionHandler(BillingRefusal.NotFound.class)
    ResponseEntity<ProblemDetail> notFound() {
        return problem(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Not found."));
    }

    @ExceptionHandler(BillingRefusal.InvalidInput.class)
    ResponseEntity<ProblemDetail> invalid(BillingRefusal.InvalidInput invalid) {
        List<FieldProblem> errors = invalid.problems().stream()
                .map(p -> new FieldProblem(p.field(), p.message()))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                String.join(
                                "; ",
                                errors.stream()
                                        .map(e -> e.field() + " " + e.message())
                                        .toList()) + ".");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem(HttpStatus.BAD_REQUEST, problem);
    }

    @ExceptionHandler(BillingRefusal.Incomplete.class)
    ResponseEntity<ProblemDetail> incomplete(BillingRefusal.Incomplete incomplete) {
        List<FieldProblem> missing = incomplete.missing().stream()
                .map(p -> new FieldProblem(p.field(), p.message()))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "The superbill cannot be issued yet: "
                        + String.join(
                                "; ",
                                missing.stream()
                                        .map(e -> e.field() + " " + e.message())
                                        .toList()) + ".");
        problem.setTitle("Missing information");
        problem.setProperty("missing", missing);
        problem.setProperty("errors", missing);
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, problem);
    }

    @ExceptionHandler(BillingRefusal.Conflict.class)
    ResponseEntity<ProblemDetail> conflict(BillingRefusal.Conflict conflict) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, conflict.getMessage());
        problem.setProperty("code", conflict.code());
        return problem(HttpStatus.CONFLICT, problem);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, ProblemDetail body) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }
}
