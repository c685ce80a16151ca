package org.ketapath.identity.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.audit.AuditReports;
import org.ketapath.identity.ConsentApi.Scope;
import org.ketapath.identity.domain.Consent;
import org.ketapath.identity.domain.Consents;
import org.ketapath.identity.domain.EmailVerifications;
import org.ketapath.identity.domain.Identities;
import org.ketapath.identity.domain.InputRejected;
import org.ketapath.identity.domain.Passwords;
import org.ketapath.identity.domain.PatientRecords;
import org.ketapath.identity.domain.Registration;
import org.ketapath.platform.web.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Patients: sign-up, their own profile, consents, access report, export and account closure. */
@RestController
@RequestMapping("/api/v1")
class PatientApiController {

    private final Registration registration;
    private final PatientRecords records;
    private final Consents consents;
    private final EmailVerifications verifications;
    private final Identities identities;
    private final Passwords passwords;

    PatientApiController(
            Registration registration,
            PatientRecords records,
            Consents consents,
            EmailVerifications verifications,
            Identities identities,
            Passwords passwords) {
        this.registration = registration;
        this.records = records;
        this.consents = consents;
        this.verifications = verifications;
        this.identities = identities;
        this.passwords = passwords;
    }

    record Created(UUID id) {}

    record ConsentRequest(@Nullable UUID clinicId, @Nullable Scope scope) {}

    record CloseRequest(@Nullable String password) {
        @Override
        public String toString() {
            return "CloseRequest[redacted]";
        }
    }

    record VerificationRequest(@Nullable String token) {
        @Override
        public String toString() {
            return "VerificationRequest[redacted]";
        }
    }

    @PostMapping("/patients")
    ResponseEntity<Created> register(@RequestBody Registration.SignUp body) {
        try {
            // The same 201 whether the address was new or already had an account (its owner is mailed instead).
            Registration.Registered registered = registration.registerPatient(body);
            return ResponseEntity.created(URI.create("/api/v1/patients/me")).body(new Created(registered.id()));
        } catch (InputRejected rejected) {
            throw ApiResponses.invalid(rejected);
        }
    }

    @PostMapping("/email-verification")
    ResponseEntity<Void> verify(@RequestBody VerificationRequest body) {
        if (body.token() == null || verifications.verify(body.token()).isEmpty()) {
            throw new InvalidInputException("token", "is unknown, used or expired");
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/patients/me/email-verification")
    ResponseEntity<Void> resendVerification(Authentication auth) {
        verifications.resend(Authorities.accountId(auth));
        return ResponseEntity.accepted().build();
    }

    @GetMapping("/patients/me")
    PatientRecords.Profile me(Authentication auth) {
        return records.own(Authorities.accountId(auth)).orElseThrow(ApiResponses::notFound);
    }

    @GetMapping("/patients/me/export")
    ResponseEntity<Map<String, Object>> export(Authentication auth) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ketapath-my-data.json\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(records.export(Authorities.accountId(auth)));
    }

    @GetMapping("/patients/me/access-report")
    List<AuditReports.Access> accessReport(Authentication auth) {
        return records.accessReport(Authorities.accountId(auth));
    }

    @GetMapping("/patients/me/consents")
    List<Consent> consents(Authentication auth) {
        return consents.of(Authorities.accountId(auth));
    }

    @PostMapping("/patients/me/consents")
    ResponseEntity<Created> grant(@RequestBody ConsentRequest body, Authentication auth) {
        if (body.clinicId() == null) {
            throw new InvalidInputException("clinicId", "is required");
        }
        if (body.scope() == null) {
            throw new InvalidInputException("scope", "is required (ASSESSMENT_RESULTS or DIARY)");
        }
        UUID id;
        try {
            id = consents.grant(Authorities.accountId(auth), body.clinicId(), body.scope());
        } catch (InputRejected rejected) {
            throw ApiResponses.invalid(rejected);
        }
        return ResponseEntity.status(201).body(new Created(id));
    }

    @PostMapping("/patients/me/consents/{consentId}/withdraw")
    Consent withdraw(@PathVariable UUID consentId, Authentication auth) {
        return consents.withdraw(Authorities.accountId(auth), consentId).orElseThrow(ApiResponses::notFound);
    }

    /** Closes the account; the password is asked again for this one. */
    @PostMapping("/patients/me/close")
    ResponseEntity<Void> close(@RequestBody CloseRequest body, Authentication auth) {
        UUID id = Authorities.accountId(auth);
        String hash = identities.account(id).map(a -> a.passwordHash()).orElse(null);
        if (body.password() == null || !passwords.matches(body.password(), hash)) {
            throw new InvalidInputException("password", "is not correct");
        }
        records.close(id);
        return ResponseEntity.noContent().build();
    }
}
