package org.ketapath.identity.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
import org.ketapath.identity.Role;
import org.ketapath.notification.Mailer;
import org.ketapath.notification.OutgoingEmail;
import org.ketapath.shared.ZipCentroids;
import org.ketapath.shared.ZipCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient changes their own account: name, phone (E.164) and ZIP at once; the password with the current one;
 * the e-mail address only once the new address is confirmed by a mailed link (the old one is told).
 */
@Service
public class AccountChanges {

    private static final String EMAIL = "^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$";

    private final AccountRepository accounts;
    private final PatientProfileRepository profiles;
    private final Passwords passwords;
    private final PasswordResets resets;
    private final ZipCentroids zips;
    private final JdbcClient jdbc;
    private final Mailer mailer;
    private final IdentitySettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    AccountChanges(
            AccountRepository accounts,
            PatientProfileRepository profiles,
            Passwords passwords,
            PasswordResets resets,
            ZipCentroids zips,
            JdbcClient jdbc,
            Mailer mailer,
            IdentitySettings settings,
            AuditTrail audit,
            IdentityClock clock) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.passwords = passwords;
        this.resets = resets;
        this.zips = zips;
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock.clock();
    }

    /**
     * New details as typed; a null field stays as it is, an empty phone removes the number.
     *
     * @param givenName given name, 1-100 characters
     * @param familyName family name, 1-100 characters
     * @param phone a phone number (US numbers without country code), or "" for none
     * @param zip a ZIP code we know
     */
    public record DetailsChange(
            @Nullable String givenName,
            @Nullable String familyName,
            @Nullable String phone,
            @Nullable String zip) {
        @Override
        public String toString() {
            return "DetailsChange[redacted]";
        }
    }

    /**
     * Changes the patient's details, all or none.
     *
     * @throws InputRejected naming every field that is not acceptable
     */
    @Transactional
    public PatientDetails changeDetails(UUID patientId, DetailsChange change) {
        PatientDetails current = profiles.find(patientId).orElseThrow();
        String given = change.givenName() == null ? current.givenName() : change.givenName();
        String family = change.familyName() == null ? current.familyName() : change.familyName();
        String zip = change.zip() == null ? current.zip() : change.zip();
        String phone = change.phone() == null ? current.phone() : change.phone();
        List<FieldRejected> problems = new ArrayList<>(PatientDetails.problems(
                given, family, current.birthDate().toString(), zip, phone, java.time.LocalDate.now(clock)));
        if (problems.stream().noneMatch(p -> p.field().equals("zip"))
                && zips.find(ZipCode.parse(zip)).isEmpty()) {
            problems.add(new FieldRejected("zip", "is not a ZIP code we know"));
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        PatientDetails updated =
                PatientDetails.of(given, family, current.birthDate().toString(), zip, phone);
        profiles.update(patientId, updated);
        audit.record(AuditEvent.success("UPDATE", "Patient", patientId.toString(), patientId));
        return updated;
    }

    /**
     * Sets a new password once the current one is given; signs every other device out (API tokens and every
     * other web session than {@code keepSessionId}).
     *
     * @throws FieldRejected naming {@code currentPassword} or {@code newPassword}
     */
    @Transactional
    public void changePassword(
            UUID accountId, String currentPassword, String newPassword, @Nullable String keepSessionId) {
        Account account = accounts.findById(accountId).filter(a -> !a.closed()).orElseThrow();
        if (!passwords.matches(currentPassword, account.passwordHash())) {
            throw new FieldRejected("currentPassword", "is not correct");
        }
        passwords.checkPolicy(newPassword, "newPassword");
        accounts.setPasswordHash(accountId, passwords.hash(newPassword));
        if (keepSessionId == null) {
            resets.endEverySession(accountId);
        } else {
            jdbc.sql("delete from spring_session where principal_name = :name and session_id <> :keep")
                    .param("name", accountId.toString())
                    .param("keep", keepSessionId)
                    .update();
            jdbc.sql("update api_token set revoked_at = :now where account_id = :id and revoked_at is null")
                    .param("now", Timestamp.from(clock.instant()))
                    .param("id", accountId)
                    .update();
        }
        audit.record(AuditEvent.success(
                "UPDATE", "Password", accountId.toString(), account.role() == Role.PATIENT ? accountId : null));
    }

    /**
     * Mails a confirmation link to the new address; the account keeps its address until the link is opened.
     * When another account has the new address, that address is told so instead (nothing here says which).
     *
     * @throws FieldRejected naming {@code password} (not correct) or {@code email} (not an address, or the
     *     current one)
     */
    @Transactional
    public void requestEmailChange(UUID accountId, String password, String newEmail) {
        Account account = accounts.findById(accountId).filter(a -> !a.closed()).orElseThrow();
        if (!passwords.matches(password, account.passwordHash())) {
            throw new FieldRejected("password", "is not correct");
        }
        String email = newEmail.strip();
        if (email.length() > 254 || !email.matches(EMAIL)) {
            throw new FieldRejected("email", "must be an e-mail address");
        }
        if (AccountRepository.normalize(email).equals(AccountRepository.normalize(account.email()))) {
            throw new FieldRejected("email", "is already your address");
        }
        if (accounts.emailTaken(email)) {
            mailer.enqueue(new OutgoingEmail(
                    email, "Your KetaPath e-mail address", """
                    Hello,

                    Someone asked to move a KetaPath account to this address, but this address already has an
                    account of its own, so nothing was changed. If you want to use this address, sign in with it.
                    """, "email-change-taken:" + UUID.randomUUID()));
            return;
        }
        String token = Secrets.newToken();
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into email_change (token_hash, account_id, new_email, expires_at)
                        values (:hash, :account, :email, :expires)
                        """)
                .param("hash", Secrets.sha256(token))
                .param("account", accountId)
                .param("email", email)
                .param("expires", Timestamp.from(now.plus(settings.verification())))
                .update();
        mailer.enqueue(new OutgoingEmail(
                email,
                "Confirm your new e-mail address for KetaPath",
                """
                Hello,

                To use this address for your KetaPath account, open this link:

                %s

                The link works once and expires in %d hours. Until then your account keeps its old address. If
                you did not ask for this, ignore this message.
                """.formatted(
                                settings.link("/account/email/confirm?token=" + token),
                                settings.verification().toHours()),
                "email-change:" + UUID.nameUUIDFromBytes(Secrets.sha256(token))));
    }

    /**
     * Uses the link once: the account's address becomes the new one (verified by this very link), and the old
     * address is told. Empty when the link is unknown, used or expired, or the address was taken meanwhile.
     */
    @Transactional
    public Optional<UUID> confirmEmailChange(String token) {
        if (token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        record Change(UUID accountId, String email) {}
        Optional<Change> change = jdbc.sql("""
                        update email_change set used_at = :now
                        where token_hash = :hash and used_at is null and expires_at > :now
                        returning account_id, new_email
                        """)
                .param("now", Timestamp.from(clock.instant()))
                .param("hash", Secrets.sha256(token))
                .query((rs, n) -> new Change(rs.getObject(1, UUID.class), rs.getString(2)))
                .optional();
        if (change.isEmpty()) {
            return Optional.empty();
        }
        Account account = accounts.findById(change.get().accountId()).orElseThrow();
        if (account.closed() || !accounts.changeEmail(account.id(), change.get().email())) {
            return Optional.empty();
        }
        mailer.enqueue(new OutgoingEmail(
                account.email(),
                "Your KetaPath e-mail address was changed",
                """
                Hello,

                The e-mail address of your KetaPath account was changed; from now on we write to the new address.
                If you did not do this, reset your password at %s and tell us at once.
                """.formatted(settings.link("/password-reset")),
                "email-changed:" + UUID.nameUUIDFromBytes(Secrets.sha256(token))));
        audit.record(AuditEvent.success(
                "UPDATE",
                "EmailAddress",
                account.id().toString(),
                account.role() == Role.PATIENT ? account.id() : null));
        return Optional.of(account.id());
    }
}
