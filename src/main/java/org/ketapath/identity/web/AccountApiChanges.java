package org.ketapath.identity.web;

import org.jspecify.annotations.Nullable;
import org.ketapath.identity.domain.AccountChanges;
import org.ketapath.identity.domain.FieldRejected;
import org.ketapath.identity.domain.InputRejected;
import org.ketapath.identity.domain.PatientRecords;
import org.ketapath.platform.web.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A patient changes their account through the API: details ({@code PATCH /patients/me}), password (current one
 * required), e-mail address (takes effect once the link mailed to the new address is used).
 */
@RestController
@RequestMapping("/api/v1")
class AccountApiChanges {

    private final AccountChanges changes;
    private final PatientRecords records;

    AccountApiChanges(AccountChanges changes, PatientRecords records) {
        this.changes = changes;
        this.records = records;
    }

    record PasswordChange(
            @Nullable String currentPassword, @Nullable String newPassword) {
        @Override
        public String toString() {
            return "PasswordChange[redacted]";
        }
    }

    record EmailChange(@Nullable String email, @Nullable String password) {
        @Override
        public String toString() {
            return "EmailChange[redacted]";
        }
    }

    record EmailChangeConfirmation(@Nullable String token) {
        @Override
        public String toString() {
            return "EmailChangeConfirmation[redacted]";
        }
    }

    /**
     * Changes the fields given ({@code givenName}, {@code familyName}, {@code phone} ("" removes it; stored as
     * E.164), {@code zip}); the others stay. 400 naming each field at fault, nothing changed.
     */
    @PatchMapping("/patients/me")
    PatientRecords.Profile update(@RequestBody AccountChanges.DetailsChange body, Authentication auth) {
        try {
            changes.changeDetails(Authorities.accountId(auth), body);
        } catch (InputRejected rejected) {
            throw ApiResponses.invalid(rejected);
        }
        return records.own(Authorities.accountId(auth)).orElseThrow(ApiResponses::notFound);
    }

    /** 204; every API token of the account is revoked and its web sessions end. */
    @PostMapping("/patients/me/password")
    ResponseEntity<Void> password(@RequestBody PasswordChange body, Authentication auth) {
        try {
            changes.changePassword(
                    Authorities.accountId(auth),
                    body.currentPassword() == null ? "" : body.currentPassword(),
                    body.newPassword() == null ? "" : body.newPassword(),
                    null);
        } catch (FieldRejected rejected) {
            throw new InvalidInputException(rejected.field(), rejected.getMessage());
        }
        return ResponseEntity.noContent().build();
    }

    /** 202: a link goes to the new address; the account keeps the old one until it is used. */
    @PostMapping("/patients/me/email")
    ResponseEntity<Void> email(@RequestBody EmailChange body, Authentication auth) {
        if (body.email() == null || body.email().isBlank()) {
            throw new InvalidInputException("email", "is required");
        }
        try {
            changes.requestEmailChange(
                    Authorities.accountId(auth), body.password() == null ? "" : body.password(), body.email());
        } catch (FieldRejected rejected) {
            throw new InvalidInputException(rejected.field(), rejected.getMessage());
        }
        return ResponseEntity.accepted().build();
    }

    /** Public: the link's token is the proof. 204, or 400 naming {@code token}. */
    @PostMapping("/email-change")
    ResponseEntity<Void> confirm(@RequestBody EmailChangeConfirmation body) {
        if (body.token() == null || changes.confirmEmailChange(body.token()).isEmpty()) {
            throw new InvalidInputException("token", "is unknown, used or expired");
        }
        return ResponseEntity.noContent().build();
    }
}
