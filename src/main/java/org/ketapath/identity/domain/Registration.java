package org.ketapath.identity.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.assessment.AssessmentApi;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
import org.ketapath.identity.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Patients sign themselves up; the e-mail address must then be verified by a mailed link. */
@Service
public class Registration {

    private final AssessmentApi assessments;

    private static final String EMAIL = "^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$";

    private final AccountRepository accounts;
    private final PatientProfileRepository profiles;
    private final Passwords passwords;
    private final EmailVerifications verifications;
    private final AuditTrail audit;
    private final Clock clock;

    Registration(
            AccountRepository accounts,
            PatientProfileRepository profiles,
            Passwords passwords,
            EmailVerifications verifications,
            AuditTrail audit,
            IdentityClock clock,
            AssessmentApi assessments) {
        this.assessments = assessments;
        this.accounts = accounts;
        this.profiles = profiles;
        this.passwords = passwords;
        this.verifications = verifications;
        this.audit = audit;
        this.clock = clock.clock();
    }

    /** The input of a sign-up, as typed. */
    public record SignUp(
            @Nullable String email,
            @Nullable String password,
            @Nullable String givenName,
            @Nullable String familyName,
            @Nullable String birthDate,
            @Nullable String zip,
            @Nullable String phone,
            @Nullable String assessmentId) {

        @Override
        public String toString() {
            return "SignUp[redacted]";
        }
    }

    /**
     * The answer to a sign-up, the same whether the address was new or not: an id (of the new account, or a
     * random one that belongs to nothing) and, for the caller's own use only, whether an account was created.
     * Having an account on a ketamine-therapy site is itself sensitive, so nothing a client sees may differ.
     *
     * @param id the new account's id, or a random id when the address already had an account
     * @param created whether an account was created (never shown to the client)
     */
    public record Registered(UUID id, boolean created) {}

    /**
     * Creates the patient's account and profile and mails the verification link.
     *
     * @throws InputRejected naming every field that is not acceptable
     */
    @Transactional
    public Registered registerPatient(SignUp input) {
        return registerPatient(input, null);
    }

    /**
     * As {@link #registerPatient(SignUp)}; the verification link brings the person back to {@code next} (a safe
     * local path, else ignored), e.g. the time they hold while signing up. When the address already has an
     * account nothing is created or changed: its owner is mailed that someone tried to sign up with it, with a
     * sign-in link, and the answer is the same as for a new address.
     */
    @Transactional
    public Registered registerPatient(SignUp input, @Nullable String next) {
        List<FieldRejected> problems = new ArrayList<>();
        checkEmail(input.email(), problems);
        try {
            passwords.checkPolicy(input.password(), "password");
        } catch (FieldRejected e) {
            problems.add(e);
        }
        LocalDate today = LocalDate.now(clock);
        problems.addAll(PatientDetails.problems(
                input.givenName(), input.familyName(), input.birthDate(), input.zip(), input.phone(), today));
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        String email = input.email().strip();
        UUID id = UUID.randomUUID();
        // Hashed before the address is looked at, so both answers cost the same.
        String hash = passwords.hash(input.password());
        if (!accounts.insert(id, email, Role.PATIENT, hash, null)) {
            accounts.findByEmail(email).ifPresent(existing -> {
                verifications.alreadyRegistered(existing.email(), next);
                UUID patient = existing.role() == Role.PATIENT ? existing.id() : null;
                audit.record(
                        AuditEvent.success("CREATE", "Patient", existing.id().toString(), patient)
                                .withOutcome(AuditEvent.Outcome.DENIED));
            });
            return new Registered(id, false);
        }
        profiles.insert(
                id,
                PatientDetails.of(
                        input.givenName(), input.familyName(), input.birthDate(), input.zip(), input.phone()));
        verifications.send(id, email, next);
        audit.record(AuditEvent.success("CREATE", "Patient", id.toString(), id));
        // An assessment taken before signing up becomes the new account's (unknown or expired ids are ignored).
        if (input.assessmentId() != null
                && !input.assessmentId().isBlank()
                && input.assessmentId().length() <= 100) {
            assessments.attachToAccount(input.assessmentId().strip(), id);
        }
        return new Registered(id, true);
    }

    private static void checkEmail(@Nullable String email, List<FieldRejected> problems) {
        if (email == null || email.isBlank()) {
            problems.add(new FieldRejected("email", "is required"));
        } else if (email.strip().length() > 254 || !email.strip().matches(EMAIL)) {
            problems.add(new FieldRejected("email", "must be an e-mail address"));
        }
    }
}
