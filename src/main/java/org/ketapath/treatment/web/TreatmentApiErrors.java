package org.ketapath.treatment.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ketapath.platform.web.CurrentAccount;
import org.ketapath.platform.web.FieldProblem;
import org.ketapath.treatment.domain.Staff;
import org.ketapath.treatment.domain.TreatmentRefusal;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Treatment's refusals as problem+json: 404, 400 naming the field, 409 with a code, 422 listing what is missing. */
@RestControllerAdvice(basePackageClasses = TreatmentApiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TreatmentApiErrors {

    /** The caller as clinic staff: clinicians and clinic admins with their clinics; anyone else works for none. */
    static Staff staff() {
        CurrentAccount account = CurrentAccount.get().orElseThrow(() -> new AccessDeniedException("sign in"));
        boolean staff = account.hasRole("CLINICIAN") || account.hasRole("CLINIC_ADMIN");
        return new Staff(account.id(), staff ? account.clinics() : Set.of());
    }

    static UUID patient() {
        return CurrentAccount.get()
                .orElseThrow(() -> new AccessDeniedException("sign in"))
                .id();
    }

    @ExceptionHandler(TreatmentRefusal.NotFound.class)
    ResponseEntity<ProblemDetail> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Not found."));
    }

    @ExceptionHandler(TreatmentRefusal.InvalidInput.class)
    ResponseEntity<ProblemDetail> invalid(TreatmentRefusal.InvalidInput invalid) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, invalid.field() + " " + invalid.getMessage() + ".");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(new FieldProblem(invalid.field(), invalid.getMessage())));
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(TreatmentRefusal.Conflict.class)
    ResponseEntity<ProblemDetail> conflict(TreatmentRefusal.Conflict conflict) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, conflict.getMessage());
        problem.setProperty("code", conflict.code());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(TreatmentRefusal.NotSignable.class)
    ResponseEntity<ProblemDetail> notSignable(TreatmentRefusal.NotSignable refusal) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "The record cannot be signed yet: " + refusal.missing().size() + " part(s) missing or open.");
        problem.setTitle("Not complete");
        problem.setProperty("missing", refusal.missing());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
    }
}
