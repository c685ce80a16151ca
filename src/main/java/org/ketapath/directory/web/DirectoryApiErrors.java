package org.ketapath.directory.web;

import java.security.Principal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ketapath.directory.domain.InvalidDirectoryInput;
import org.ketapath.directory.domain.ReviewService;
import org.ketapath.platform.web.FieldProblem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The directory API's own refusals as problem+json: 401/403 from method security, review refusals. */
@RestControllerAdvice(basePackageClasses = DirectoryApiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DirectoryApiErrors {

    /** The signed-in principal's name (an account id); anonymous callers get a 401. */
    static String nameOf(@Nullable Principal principal) {
        if (principal == null) {
            throw new AccessDeniedException("not signed in");
        }
        return principal.getName();
    }

    /** The signed-in principal's account id; a principal that is not an account is refused. */
    static java.util.UUID accountOf(@Nullable Principal principal) {
        try {
            return java.util.UUID.fromString(nameOf(principal));
        } catch (IllegalArgumentException e) {
            throw new AccessDeniedException("not an account");
        }
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean anonymous = auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated();
        HttpStatus status = anonymous ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status, anonymous ? "Sign in to do this." : "You are not allowed to do this.");
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler(ReviewService.ReviewRefused.class)
    ResponseEntity<ProblemDetail> refused(ReviewService.ReviewRefused refused) {
        boolean twice = refused.refusal() == ReviewService.Refusal.ALREADY_REVIEWED;
        HttpStatus status = twice ? HttpStatus.CONFLICT : HttpStatus.FORBIDDEN;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status,
                twice
                        ? "This appointment has already been reviewed."
                        : "Only a patient with a completed appointment at this clinic can review it.");
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler(InvalidDirectoryInput.class)
    ResponseEntity<ProblemDetail> invalid(InvalidDirectoryInput invalid) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, invalid.field() + " " + invalid.getMessage() + ".");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(new FieldProblem(invalid.field(), invalid.getMessage())));
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> constraint() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT, "The change breaks one of the directory's rules.");
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
    }
}
