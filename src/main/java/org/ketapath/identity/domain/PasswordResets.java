package org.ketapath.identity.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
import org.ketapath.identity.Role;
import org.ketapath.notification.Mailer;
import org.ketapath.notification.OutgoingEmail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot your password?": a mailed link, single-use, valid 30 minutes, stored as a SHA-256 hash. Asking says
 * nothing about whether the address has an account: the same statements run either way (an unknown address gets
 * a decoy row no one can use, and no mail). Throttled per e-mail address (quietly: no more mail) and per client
 * address (refused with the time to wait). A new password ends every session and API token of the account.
 */
@Service
public class PasswordResets {

    /** How long a link works. */
    public static final Duration LIFETIME = Duration.ofMinutes(30);

    /** Links mailed to one address per hour at most. */
    static final int PER_EMAIL_PER_HOUR = 3;

    /** Requests from one client address per hour at most. */
    static final int PER_CLIENT_PER_HOUR = 20;

    private static final Duration WINDOW = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final Passwords passwords;
    private final ApiTokens tokens;
    private final SignInThrottle throttle;
    private final Mailer mailer;
    private final IdentitySettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    PasswordResets(
            JdbcClient jdbc,
            AccountRepository accounts,
            Passwords passwords,
            ApiTokens tokens,
            SignInThrottle throttle,
            Mailer mailer,
            IdentitySettings settings,
            AuditTrail audit,
            IdentityClock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.passwords = passwords;
        this.tokens = tokens;
        this.throttle = throttle;
        this.mailer = mailer;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock.clock();
    }

    /**
     * Mails a reset link if the address has an open account and has not had too many links this hour.
     *
     * @return empty when the request was taken (whether or not a mail goes out), else how long the client
     *     address must wait
     */
    @Transactional
    public Optional<Duration> request(String email, String clientIp) {
        Instant now = clock.instant();
        String clientKey = "ip:" + clientIp;
        String emailKey =
                "email:" + Base64.getEncoder().encodeToString(Secrets.sha256(AccountRepository.normalize(email)));
        jdbc.sql("delete from password_reset_request where requested_at < :old")
                .param("old", Timestamp.from(now.minus(Duration.ofDays(1))))
                .update();
        jdbc.sql("delete from password_reset where expires_at < :old")
                .param("old", Timestamp.from(now.minus(Duration.ofDays(1))))
                .update();
        if (requests(clientKey, now) >= PER_CLIENT_PER_HOUR) {
            return Optional.of(retryAfter(clientKey, now));
        }
        record(clientKey, now);
        record(emailKey, now);
        boolean quiet = requests(emailKey, now) > PER_EMAIL_PER_HOUR;
        Optional<Account> account = accounts.findByEmail(email);
        String token = Secrets.newToken();
        jdbc.sql("""
                        insert into password_reset (token_hash, account_id, created_at, expires_at)
                        values (:hash, :account, :now, :expires)
                        """)
                .param("hash", Secrets.sha256(token))
                .param("account", quiet ? null : account.map(Account::id).orElse(null))
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(LIFETIME)))
                .update();
        if (!quiet && account.isPresent()) {
            mail(account.get(), token);
        }
        return Optional.empty();
    }

    /** Whether the link can still set a password (known, unused, unexpired, of an open account). */
    @Transactional(readOnly = true)
    public boolean usable(String token) {
        if (token.isBlank() || token.length() > 100) {
            return false;
        }
        return jdbc.sql("""
                        select exists (select 1 from password_reset r join account a on a.id = r.account_id
                                       where r.token_hash = :hash and r.used_at is null and r.expires_at > :now
                                         and a.closed_at is null)
                        """)
                .param("hash", Secrets.sha256(token))
                .param("now", Timestamp.from(clock.instant()))
                .query(Boolean.class)
                .single();
    }

    /**
     * Sets the new password with the link, once. The password rules are checked first, so a refused password
     * leaves the link usable.
     *
     * @throws FieldRejected naming {@code password} (the rules) or {@code token} (unknown, used or expired)
     */
    @Transactional
    public UUID confirm(String token, String newPassword) {
        passwords.checkPolicy(newPassword, "password");
        if (token.isBlank() || token.length() > 100) {
            throw expired();
        }
        Instant now = clock.instant();
        UUID accountId = jdbc.sql("""
                        update password_reset r set used_at = :now
                        from account a
                        where r.token_hash = :hash and r.used_at is null and r.expires_at > :now
                          and a.id = r.account_id and a.closed_at is null
                        returning r.account_id
                        """)
                .param("now", Timestamp.from(now))
                .param("hash", Secrets.sha256(token))
                .query(UUID.class)
                .optional()
                .orElseThrow(PasswordResets::expired);
        Account account = accounts.findById(accountId).orElseThrow(PasswordResets::expired);
        accounts.setPasswordHash(accountId, passwords.hash(newPassword));
        jdbc.sql("update password_reset set used_at = :now where account_id = :id and used_at is null")
                .param("now", Timestamp.from(now))
                .param("id", accountId)
                .update();
        endEverySession(accountId);
        throttle.succeeded(account.email());
        mailer.enqueue(new OutgoingEmail(
                account.email(),
                "Your KetaPath password was changed",
                """
                Hello,

                The password of your KetaPath account was just changed with a reset link, and every device that
                was signed in has been signed out.

                If you did not do this, reset your password again at %s and tell us at once.
                """.formatted(settings.link("/password-reset")),
                "password-changed:" + UUID.nameUUIDFromBytes(Secrets.sha256(token))));
        audit.record(AuditEvent.success(
                "UPDATE", "Password", accountId.toString(), account.role() == Role.PATIENT ? accountId : null));
        return accountId;
    }

    /** Signs the account out everywhere: API tokens revoked, web sessions deleted. */
    void endEverySession(UUID accountId) {
        tokens.revokeAll(accountId);
        jdbc.sql("delete from spring_session where principal_name = :name")
                .param("name", accountId.toString())
                .update();
    }

    private void mail(Account account, String token) {
        String link = settings.link("/password-reset/confirm?token=" + token);
        mailer.enqueue(new OutgoingEmail(
                account.email(),
                "Reset your KetaPath password",
                """
                Hello,

                Someone, hopefully you, asked to reset the password of your KetaPath account. To choose a new
                password, open this link:

                %s

                The link works once and expires in %d minutes. If you did not ask for it, ignore this message:
                your password stays as it is.
                """.formatted(link, LIFETIME.toMinutes()),
                "password-reset:" + UUID.nameUUIDFromBytes(Secrets.sha256(token))));
    }

    private int requests(String key, Instant now) {
        return jdbc.sql(
                        "select count(*) from password_reset_request where throttle_key = :key and requested_at > :since")
                .param("key", key)
                .param("since", Timestamp.from(now.minus(WINDOW)))
                .query(Integer.class)
                .single();
    }

    private Duration retryAfter(String key, Instant now) {
        Instant oldest = jdbc.sql("""
                        select requested_at from password_reset_request where throttle_key = :key and requested_at > :since
                        order by requested_at desc offset :skip limit 1
                        """)
                .param("key", key)
                .param("since", Timestamp.from(now.minus(WINDOW)))
                .param("skip", PER_CLIENT_PER_HOUR - 1)
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant)
                .orElse(now);
        Duration wait = Duration.between(now, oldest.plus(WINDOW));
        return wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait;
    }

    private void record(String key, Instant now) {
        jdbc.sql("insert into password_reset_request (throttle_key, requested_at) values (:key, :now)")
                .param("key", key)
                .param("now", Timestamp.from(now))
                .update();
    }

    private static FieldRejected expired() {
        return new FieldRejected("token", "is unknown, used or expired");
    }
}
