package org.ketapath.identity.domain;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
import org.ketapath.identity.Role;
import org.springframework.stereotype.Service;

/**
 * Checks credentials. The answer to a wrong password and to an unknown e-mail is the same, and takes as long
 * (the password is hashed against a dummy hash when there is no account). Failures are throttled per e-mail
 * and per client address.
 */
@Service
public class SignIn {

    private final AccountRepository accounts;
    private final Passwords passwords;
    private final SignInThrottle throttle;
    private final Mfa mfa;
    private final AuditTrail audit;

    SignIn(AccountRepository accounts, Passwords passwords, SignInThrottle throttle, Mfa mfa, AuditTrail audit) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
        this.mfa = mfa;
        this.audit = audit;
    }

    /** The result of a sign-in step. */
    public sealed interface Outcome {}

    /** Fully signed in. */
    public record SignedIn(Account account) implements Outcome {}

    /** Password right; the account is staff and must give a TOTP or recovery code next. */
    public record SecondFactorRequired(Account account) implements Outcome {}

    /** Password right; the account is staff without a second factor yet and must enrol first. */
    public record EnrolmentRequired(Account account) implements Outcome {}

    /** Wrong e-mail, password or code (which one is not said). */
    public record Rejected() implements Outcome {}

    /** Too many failures: try again after the given time. */
    public record Throttled(Duration retryAfter) implements Outcome {}

    /** The first step: e-mail and password. */
    public Outcome password(String email, String password, String clientIp) {
        Optional<Duration> blocked = throttle.blocked(email, clientIp);
        if (blocked.isPresent()) {
            return new Throttled(blocked.get());
        }
        Optional<Account> found = email.length() > 320 ? Optional.empty() : accounts.findByEmail(email);
        boolean ok = passwords.matches(
                password.length() > Passwords.MAX_LENGTH * 4 ? "" : password,
                found.map(Account::passwordHash).orElse(null));
        if (!ok || found.isEmpty()) {
            throttle.failed(email, clientIp);
            audit(found.map(Account::id).orElse(null), found.map(Account::role).orElse(null), false);
            return new Rejected();
        }
        Account account = found.get();
        throttle.succeeded(email);
        if (!account.role().requiresMfa()) {
            audit(account.id(), account.role(), true);
            return new SignedIn(account);
        }
        return account.mfaEnrolled() ? new SecondFactorRequired(account) : new EnrolmentRequired(account);
    }

    /** The second step for staff: a TOTP or recovery code. */
    public Outcome secondFactor(UUID accountId, String code, String clientIp) {
        Optional<Account> found = accounts.findById(accountId).filter(account -> !account.closed());
        if (found.isEmpty()) {
            return new Rejected();
        }
        Account account = found.get();
        Optional<Duration> blocked = throttle.blocked(account.email(), clientIp);
        if (blocked.isPresent()) {
            return new Throttled(blocked.get());
        }
        if (!mfa.verify(account, code)) {
            throttle.failed(account.email(), clientIp);
            audit(account.id(), account.role(), false);
            return new Rejected();
        }
        audit(account.id(), account.role(), true);
        return new SignedIn(account);
    }

    /** Both steps at once, for the API's token request (staff must send {@code otp}). */
    public Outcome forToken(String email, String password, @Nullable String otp, String clientIp) {
        Outcome first = password(email, password, clientIp);
        if (first instanceof SecondFactorRequired required) {
            return otp == null || otp.isBlank()
                    ? new Rejected()
                    : secondFactor(required.account().id(), otp, clientIp);
        }
        if (first instanceof EnrolmentRequired) {
            return new Rejected();
        }
        return first;
    }

    /** Marks a staff member signed in after confirming enrolment with a first code. */
    public void enrolled(Account account) {
        audit(account.id(), account.role(), true);
    }

    private void audit(@Nullable UUID accountId, @Nullable Role role, boolean success) {
        UUID patient = role == Role.PATIENT ? accountId : null;
        AuditEvent event =
                AuditEvent.success("SIGN_IN", "Account", accountId == null ? null : accountId.toString(), patient);
        audit.record(success ? event : event.withOutcome(AuditEvent.Outcome.DENIED));
    }
}
