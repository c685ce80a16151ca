package org.ketapath.identity.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
import org.ketapath.directory.ClinicDirectory;
import org.ketapath.identity.ClinicStaff;
import org.ketapath.identity.Role;
import org.ketapath.notification.Mailer;
import org.ketapath.notification.OutgoingEmail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A clinic's staff: members, invitations by single-use link, removal, and the first admin of a joining clinic. */
@Service
public class StaffInvitations implements ClinicStaff {

    private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final Passwords passwords;
    private final Mfa mfa;
    private final ApiTokens tokens;
    private final Mailer mailer;
    private final IdentitySettings settings;
    private final ClinicDirectory clinics;
    private final AuditTrail audit;
    private final IdentityClock clock;

    StaffInvitations(
            JdbcClient jdbc,
            AccountRepository accounts,
            Passwords passwords,
            Mfa mfa,
            ApiTokens tokens,
            Mailer mailer,
            IdentitySettings settings,
            ClinicDirectory clinics,
            AuditTrail audit,
            IdentityClock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.passwords = passwords;
        this.mfa = mfa;
        this.tokens = tokens;
        this.mailer = mailer;
        this.settings = settings;
        this.clinics = clinics;
        this.audit = audit;
        this.clock = clock;
    }

    /** A pending invitation found by its link, with the clinic's name. */
    public record Pending(UUID id, UUID clinicId, String clinicName, String email, Role role) {
        @Override
        public String toString() {
            return "Pending[" + id + "]";
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<Member> members(UUID clinicId) {
        return jdbc.sql("""
                        select a.id, a.email, a.role, a.mfa_enrolled_at is not null
                          from clinic_membership m join account a on a.id = m.account_id
                         where m.clinic_id = :clinic and a.closed_at is null
                           and a.role in ('CLINICIAN', 'CLINIC_ADMIN')
                         order by lower(a.email)
                        """)
                .param("clinic", clinicId)
                .query((rs, n) -> new Member(
                        rs.getObject(1, UUID.class), rs.getString(2), Role.valueOf(rs.getString(3)), rs.getBoolean(4)))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Invitation> pendingInvitations(UUID clinicId) {
        return jdbc.sql("""
                        select id, email, role, expires_at from staff_invitation
                         where clinic_id = :clinic and accepted_at is null and revoked_at is null
                           and expires_at > :now
                         order by created_at desc
                        """)
                .param("clinic", clinicId)
                .param("now", Timestamp.from(clock.clock().instant()))
                .query((rs, n) -> new Invitation(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        Role.valueOf(rs.getString(3)),
                        rs.getObject(4, OffsetDateTime.class).toInstant()))
                .list();
    }

    @Override
    @Transactional
    public Invitation invite(UUID adminId, UUID clinicId, String email, Role role) {
        String address = email.strip();
        if (address.length() > 320 || !address.matches(EMAIL)) {
            throw new Rejected("email", "must be an e-mail address");
        }
        if (!role.isClinicStaff()) {
            throw new Rejected("role", "must be CLINICIAN or CLINIC_ADMIN");
        }
        String normalized = AccountRepository.normalize(address);
        boolean member = members(clinicId).stream()
                .anyMatch(m -> AccountRepository.normalize(m.email()).equals(normalized));
        if (member) {
            throw new Rejected("email", "already works for this clinic");
        }
        Instant now = clock.clock().instant();
        jdbc.sql("""
                        update staff_invitation set revoked_at = :now
                         where clinic_id = :clinic and email_normalized = :email
                           and accepted_at is null and revoked_at is null
                        """)
                .param("now", Timestamp.from(now))
                .param("clinic", clinicId)
                .param("email", normalized)
                .update();
        String token = Secrets.newToken();
        UUID id = UUID.randomUUID();
        Instant expires = now.plus(INVITATION_LIFETIME);
        jdbc.sql("""
                        insert into staff_invitation (id, token_hash, clinic_id, email, email_normalized, role,
                            invited_by, created_at, expires_at)
                        values (:id, :hash, :clinic, :email, :normalized, :role, :by, :now, :expires)
                        """)
                .param("id", id)
                .param("hash", Secrets.sha256(token))
                .param("clinic", clinicId)
                .param("email", address)
                .param("normalized", normalized)
                .param("role", role.name())
                .param("by", adminId)
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(expires))
                .update();
        String clinic = clinics.namesOf(List.of(clinicId)).getOrDefault(clinicId, "A clinic");
        mailer.enqueue(new OutgoingEmail(
                address,
                "You are invited to join " + clinic + " on KetaPath",
                """
                Hello,

                %s has invited you to join its staff on KetaPath as %s. To accept, open this link, choose a \
                password and set up an authenticator app on your phone:

                %s

                The link works once and expires in 7 days. If you did not expect this invitation, ignore this \
                message.
                """.formatted(
                                clinic,
                                role == Role.CLINIC_ADMIN ? "a clinic admin" : "a clinician",
                                settings.link("/invitations/" + token)),
                "staff-invitation:" + id));
        audit.record(AuditEvent.success("CREATE", "StaffInvitation", id.toString(), null)
                .forClinic(clinicId));
        return new Invitation(id, address, role, expires);
    }

    @Override
    @Transactional
    public boolean revokeInvitation(UUID clinicId, UUID invitationId) {
        int revoked = jdbc.sql("""
                        update staff_invitation set revoked_at = :now
                         where id = :id and clinic_id = :clinic and accepted_at is null and revoked_at is null
                        """)
                .param("now", Timestamp.from(clock.clock().instant()))
                .param("id", invitationId)
                .param("clinic", clinicId)
                .update();
        if (revoked > 0) {
            audit.record(AuditEvent.success("DELETE", "StaffInvitation", invitationId.toString(), null)
                    .forClinic(clinicId));
        }
        return revoked > 0;
    }

    @Override
    @Transactional
    public Removal remove(UUID clinicId, UUID accountId) {
        List<Member> members = members(clinicId);
        Optional<Member> member =
                members.stream().filter(m -> m.accountId().equals(accountId)).findFirst();
        if (member.isEmpty()) {
            return Removal.NOT_A_MEMBER;
        }
        long admins =
                members.stream().filter(m -> m.role() == Role.CLINIC_ADMIN).count();
        if (member.get().role() == Role.CLINIC_ADMIN && admins <= 1) {
            return Removal.LAST_ADMIN;
        }
        jdbc.sql("delete from clinic_membership where account_id = :a and clinic_id = :c")
                .param("a", accountId)
                .param("c", clinicId)
                .update();
        tokens.revokeAll(accountId);
        jdbc.sql("delete from spring_session where principal_name = :name")
                .param("name", accountId.toString())
                .update();
        audit.record(AuditEvent.success("DELETE", "ClinicMembership", accountId.toString(), null)
                .forClinic(clinicId));
        return Removal.REMOVED;
    }

    @Override
    @Transactional
    public NewAdmin createClinicAdmin(String email, String password, UUID clinicId) {
        UUID id = createStaff(email, password, Role.CLINIC_ADMIN, clinicId, "admin.email", "admin.password");
        Mfa.EnrolledNow enrolled = mfa.enrolNow(id);
        return new NewAdmin(
                id, enrolled.enrolment().secret(), enrolled.enrolment().otpauthUri(), enrolled.recoveryCodes());
    }

    @Override
    @Transactional
    public UUID createClinicAdminToEnrol(String email, String password, UUID clinicId) {
        return createStaff(email, password, Role.CLINIC_ADMIN, clinicId, "email", "password");
    }

    /**
     * Creates a staff account with a verified e-mail (the invitation or the joining proves the address only as far
     * as the person reading it; the authenticator is set up at first sign-in) and adds it to the clinic.
     */
    UUID createStaff(String email, String password, Role role, UUID clinicId, String emailField, String passwordField) {
        String address = email.strip();
        if (address.length() > 320 || !address.matches(EMAIL)) {
            throw new Rejected(emailField, "must be an e-mail address");
        }
        try {
            passwords.checkPolicy(password, passwordField);
        } catch (FieldRejected rejected) {
            throw new Rejected(rejected.field(), rejected.getMessage());
        }
        UUID id = UUID.randomUUID();
        if (!accounts.insert(
                id, address, role, passwords.hash(password), clock.clock().instant())) {
            throw new Rejected(emailField, "already has a KetaPath account; sign in with it instead");
        }
        accounts.addMembership(id, clinicId);
        audit.record(
                AuditEvent.success("CREATE", "Account", id.toString(), null).forClinic(clinicId));
        return id;
    }

    /** The pending invitation of a link, if it is valid now. */
    @Transactional(readOnly = true)
    public Optional<Pending> pending(String token) {
        if (token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select i.id, i.clinic_id, c.name, i.email, i.role from staff_invitation i
                          join clinic c on c.id = i.clinic_id
                         where i.token_hash = :hash and i.accepted_at is null and i.revoked_at is null
                           and i.expires_at > :now
                        """)
                .param("hash", Secrets.sha256(token))
                .param("now", Timestamp.from(clock.clock().instant()))
                .query((rs, n) -> new Pending(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4),
                        Role.valueOf(rs.getString(5))))
                .optional();
    }

    /** Whether an open account has this e-mail address, and its role if so. */
    @Transactional(readOnly = true)
    public Optional<Role> roleOfAccount(String email) {
        return accounts.findByEmail(email).map(Account::role);
    }

    /**
     * Accepts an invitation with a new account and password; empty when the link is not valid any more (used,
     * revoked, expired, or another request accepted it first).
     *
     * @throws Rejected naming {@code password}
     */
    @Transactional
    public Optional<UUID> acceptWithNewAccount(String token, String password) {
        Optional<Pending> pending = pending(token);
        if (pending.isEmpty() || !claim(pending.get().id())) {
            return Optional.empty();
        }
        Pending p = pending.get();
        UUID id = createStaff(p.email(), password, p.role(), p.clinicId(), "email", "password");
        markAccepted(p.id(), id);
        return Optional.of(id);
    }

    /** Accepts an invitation for the signed-in staff account whose e-mail it was sent to. */
    @Transactional
    public boolean acceptAsMember(String token, UUID accountId) {
        Optional<Pending> pending = pending(token);
        Optional<Account> account = accounts.findById(accountId);
        if (pending.isEmpty()
                || account.isEmpty()
                || !account.get().role().isClinicStaff()
                || !AccountRepository.normalize(account.get().email())
                        .equals(AccountRepository.normalize(pending.get().email()))
                || !claim(pending.get().id())) {
            return false;
        }
        accounts.addMembership(accountId, pending.get().clinicId());
        markAccepted(pending.get().id(), accountId);
        audit.record(AuditEvent.success("UPDATE", "ClinicMembership", accountId.toString(), null)
                .forClinic(pending.get().clinicId()));
        return true;
    }

    /** Locks the pending invitation for this transaction; false when another one took it first. */
    private boolean claim(UUID invitationId) {
        return jdbc.sql("""
                        select id from staff_invitation where id = :id and accepted_at is null and revoked_at is null
                        for update skip locked
                        """)
                .param("id", invitationId)
                .query(UUID.class)
                .optional()
                .isPresent();
    }

    private void markAccepted(UUID invitationId, UUID accountId) {
        jdbc.sql("update staff_invitation set accepted_at = :now, accepted_by = :account where id = :id")
                .param("now", Timestamp.from(clock.clock().instant()))
                .param("account", accountId)
                .param("id", invitationId)
                .update();
    }
}
