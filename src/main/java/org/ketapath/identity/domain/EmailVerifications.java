package org.ketapath.identity.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
import org.ketapath.notification.Mailer;
import org.ketapath.notification.OutgoingEmail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** E-mail verification by a mailed link: single-use, expiring, stored hashed. */
@Service
public class EmailVerifications {

    private final JdbcClient jdbc;
    private final Mailer mailer;
    private final AccountRepository accounts;
    private final IdentitySettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    EmailVerifications(
            JdbcClient jdbc,
            Mailer mailer,
            AccountRepository accounts,
            IdentitySettings settings,
            AuditTrail audit,
            IdentityClock clock) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.accounts = accounts;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock.clock();
    }

    /** Creates a new link for the account and queues the e-mail in the caller's transaction. */
    @Transactional
    public void send(UUID accountId, String email) {
        send(accountId, email, null);
    }

    /**
     * Creates a new link for the account and queues the e-mail in the caller's transaction; the link brings the
     * person back to {@code next} once confirmed (only if it is a {@link LocalPath safe local path}).
     */
    @Transactional
    public void send(UUID accountId, String email, @Nullable String next) {
        String token = Secrets.newToken();
        jdbc.sql("insert into email_verification (token_hash, account_id, expires_at) values (:hash, :account, :exp)")
                .param("hash", Secrets.sha256(token))
                .param("account", accountId)
                .param("exp", Timestamp.from(clock.instant().plus(settings.verification())))
                .update();
        String back = LocalPath.safe(next);
        String link = settings.link("/verify-email?token=" + token + (back == null ? "" : "&next=" + back));
        mailer.enqueue(new OutgoingEmail(
                email,
                "Confirm your e-mail address for KetaPath",
                """
                Hello,

                Please confirm your e-mail address for KetaPath by opening this link:

                %s

                The link works once and expires in %d hours. If you did not create a KetaPath account, ignore this
                message.
                """.formatted(link, settings.verification().toHours()),
                "verify-email:" + UUID.nameUUIDFromBytes(Secrets.sha256(token))));
    }

    /**
     * Tells the owner of an address that someone tried to create an account with it, in place of a message
     * that says so to whoever tried: the mail has a sign-in link (back to {@code next} when that is a safe local
     * path) and changes nothing.
     */
    @Transactional
    public void alreadyRegistered(String email, @Nullable String next) {
        String back = LocalPath.safe(next);
        String signIn = settings.link("/sign-in" + (back == null ? "" : "?next=" + back));
        mailer.enqueue(new OutgoingEmail(
                email,
                "You already have a KetaPath account",
                """
                Hello,

                Someone, probably you, tried to create a KetaPath account with this e-mail address. It already
                has an account, so nothing was created or changed.

                To use your account, sign in here:

                %s

                If it was not you, you can ignore this message.
                """.formatted(signIn),
                "already-registered:" + UUID.randomUUID()));
    }

    /** Sends a new link if the account exists, is open and not yet verified. */
    @Transactional
    public void resend(UUID accountId) {
        accounts.findById(accountId)
                .filter(account -> !account.closed() && !account.emailVerified())
                .ifPresent(account -> send(account.id(), account.email()));
    }

    /** Uses the token once; returns the verified account, or empty when it is unknown, used or expired. */
    @Transactional
    public Optional<UUID> verify(String token) {
        if (token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Optional<UUID> account = jdbc.sql("""
                        update email_verification set used_at = :now
                        where token_hash = :hash and used_at is null and expires_at > :now
                        returning account_id
                        """)
                .param("now", Timestamp.from(clock.instant()))
                .param("hash", Secrets.sha256(token))
                .query(UUID.class)
                .optional();
        account.ifPresent(id -> {
            accounts.markVerified(id);
            audit.record(AuditEvent.success("UPDATE", "EmailVerification", id.toString(), id));
        });
        return account;
    }
}
