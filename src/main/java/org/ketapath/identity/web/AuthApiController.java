package org.ketapath.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.ketapath.identity.domain.ApiTokens;
import org.ketapath.identity.domain.SignIn;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Bearer tokens for the API: issue with e-mail and password (and {@code otp} for staff), revoke at sign-out. */
@RestController
@RequestMapping("/api/v1/auth")
class AuthApiController {

    private final SignIn signIn;
    private final ApiTokens tokens;

    AuthApiController(SignIn signIn, ApiTokens tokens) {
        this.signIn = signIn;
        this.tokens = tokens;
    }

    record TokenRequest(
            @Nullable String email,
            @Nullable String password,
            @Nullable String otp) {
        @Override
        public String toString() {
            return "TokenRequest[redacted]";
        }
    }

    record TokenResponse(String accessToken, String tokenType, long expiresIn) {
        @Override
        public String toString() {
            return "TokenResponse[redacted]";
        }
    }

    @PostMapping("/token")
    ResponseEntity<Object> token(@RequestBody TokenRequest body, HttpServletRequest request) {
        if (body.email() == null || body.email().isBlank()) {
            throw new org.ketapath.platform.web.InvalidInputException("email", "is required");
        }
        if (body.password() == null || body.password().isEmpty()) {
            throw new org.ketapath.platform.web.InvalidInputException("password", "is required");
        }
        SignIn.Outcome outcome =
                signIn.forToken(body.email(), body.password(), body.otp(), ApiResponses.clientIp(request));
        if (outcome instanceof SignIn.SignedIn signedIn) {
            ApiTokens.Issued issued = tokens.issue(signedIn.account().id());
            return ResponseEntity.ok()
                    .header("Cache-Control", "no-store")
                    .body(new TokenResponse(issued.value(), "Bearer", issued.expiresInSeconds()));
        }
        if (outcome instanceof SignIn.Throttled throttled) {
            return ApiResponses.tooManyAttempts(throttled.retryAfter());
        }
        return ApiResponses.problem(
                HttpStatus.UNAUTHORIZED,
                "The e-mail address, password or one-time code is not correct (staff accounts must send otp,"
                        + " after enrolling on the web).");
    }

    /** Revokes the token this request is authenticated with. */
    @PostMapping("/revoke")
    ResponseEntity<Void> revoke(HttpServletRequest request) {
        String token = BearerTokenFilter.token(request);
        if (token != null) {
            tokens.revoke(token);
        }
        return ResponseEntity.noContent().build();
    }
}
