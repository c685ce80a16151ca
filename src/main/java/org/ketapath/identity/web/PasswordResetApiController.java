package org.ketapath.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ketapath.identity.domain.FieldRejected;
import org.ketapath.identity.domain.PasswordResets;
import org.ketapath.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Password reset for the API: ask for a link (always 202, whether or not the address has an account), then set
 * a new password with the link's token (204); every session and token of the account ends.
 */
@RestController
@RequestMapping("/api/v1/auth/password-reset")
class PasswordResetApiController {

    private final PasswordResets resets;

    PasswordResetApiController(PasswordResets resets) {
        this.resets = resets;
    }

    record ResetRequest(@Nullable String email) {
        @Override
        public String toString() {
            return "ResetRequest[redacted]";
        }
    }

    record ResetConfirmation(
            @Nullable String token, @Nullable String password) {
        @Override
        public String toString() {
            return "ResetConfirmation[redacted]";
        }
    }

    /**
     * 202 whatever the address (a link is mailed if it has an account); 400 without an address; 429 when this
     * client has asked too often this hour (for any addresses).
     */
    @PostMapping
    ResponseEntity<Object> request(@RequestBody ResetRequest body, HttpServletRequest request) {
        if (body.email() == null || body.email().isBlank()) {
            throw new InvalidInputException("email", "is required");
        }
        if (body.email().length() > 320) {
            throw new InvalidInputException("email", "must be an e-mail address");
        }
        Optional<Duration> wait = resets.request(body.email(), ApiResponses.clientIp(request));
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds());
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header("Retry-After", Long.toString(seconds))
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ProblemDetail.forStatusAndDetail(
                            HttpStatus.TOO_MANY_REQUESTS, "Too many password reset requests; try again later."));
        }
        return ResponseEntity.accepted().build();
    }

    /** 204 with the new password set; 400 naming {@code password} (rules) or {@code token} (unknown, used, expired). */
    @PostMapping("/confirm")
    ResponseEntity<Void> confirm(@RequestBody ResetConfirmation body) {
        if (body.token() == null || body.token().isBlank()) {
            throw new InvalidInputException("token", "is required");
        }
        try {
            resets.confirm(body.token(), body.password() == null ? "" : body.password());
        } catch (FieldRejected rejected) {
            throw new InvalidInputException(rejected.field(), rejected.getMessage());
        }
        return ResponseEntity.noContent().build();
    }
}
