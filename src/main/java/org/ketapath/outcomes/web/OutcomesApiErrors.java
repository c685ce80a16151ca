package org.ketapath.outcomes.web;

import java.util.List;
import java.util.UUID;
import org.ketapath.outcomes.domain.DiaryRefusal;
import org.ketapath.platform.web.CurrentAccount;
import org.ketapath.platform.web.FieldProblem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The outcomes module's refusals as problem+json: 400 naming the field, 409 for a locked day, 404. */
@RestControllerAdvice(assignableTypes = {DiaryApiController.class, OutcomesApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class OutcomesApiErrors {

    /** The signed-in patient; anyone else is refused (403 for other kinds of account, 401 when signed out). */
    static UUID patient() {
        CurrentAccount account = CurrentAccount.get().orElseThrow(() -> new AccessDeniedException("sign in"));
        if (!account.hasRole("PATIENT")) {
            throw new AccessDeniedException("patients only");
        }
        return account.id();
    }

    @ExceptionHandler(DiaryRefusal.InvalidInput.class)
    ResponseEntity<ProblemDetail> invalid(DiaryRefusal.InvalidInput invalid) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, invalid.field() + " " + invalid.getMessage() + ".");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(new FieldProblem(invalid.field(), invalid.getMessage())));
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(DiaryRefusal.Locked.class)
    ResponseEntity<ProblemDetail> locked(DiaryRefusal.Locked locked) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, locked.getMessage());
        problem.setTitle("Diary day locked");
        problem.setProperty("code", "entry-locked");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(DiaryRefusal.NotFound.class)
    ResponseEntity<ProblemDetail> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Not found."));
    }
}
