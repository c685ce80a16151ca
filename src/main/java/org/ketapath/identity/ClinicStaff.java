package org.ketapath.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A clinic's staff accounts: who works for it, invitations by e-mail (a single-use link valid for 7 days; the
 * invitee sets a password and enrols an authenticator), removal (their sessions and tokens end at once), and the
 * first admin of a clinic that joins the platform. Callers have checked that the one asking is the clinic's admin.
 */
public interface ClinicStaff {

    /** How long an invitation link is valid. */
    java.time.Duration INVITATION_LIFETIME = java.time.Duration.ofDays(7);

    /** A staff member of the clinic. */
    record Member(UUID accountId, String email, Role role, boolean authenticatorEnrolled) {}

    /** An invitation not yet accepted, revoked or expired. */
    record Invitation(UUID id, String email, Role role, Instant expiresAt) {}

    /**
     * The first admin of a clinic that joined, with an authenticator enrolled at once: its secret (also as an
     * otpauth URI) and one-time recovery codes, shown once.
     */
    record NewAdmin(UUID accountId, String totpSecret, String otpauthUri, List<String> recoveryCodes) {
        @Override
        public String toString() {
            return "NewAdmin[" + accountId + "]";
        }
    }

    /** What removing a staff member did. */
    enum Removal {
        REMOVED,
        NOT_A_MEMBER,
        /** Refused: a clinic keeps at least one admin. */
        LAST_ADMIN
    }

    /** Input that is wrong, naming the field (no HTTP here; the web layer says how to show it). */
    final class Rejected extends RuntimeException {

        private final String field;

        public Rejected(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    List<Member> members(UUID clinicId);

    List<Invitation> pendingInvitations(UUID clinicId);

    /**
     * Invites someone to the clinic's staff and e-mails them the link (a new invitation to the same address
     * replaces the pending one).
     *
     * @throws Rejected naming {@code email} or {@code role}
     */
    Invitation invite(UUID adminId, UUID clinicId, String email, Role role);

    /** Revokes a pending invitation of the clinic; false when there is none with this id. */
    boolean revokeInvitation(UUID clinicId, UUID invitationId);

    /** Removes a staff member from the clinic and ends all their sessions and API tokens at once. */
    Removal remove(UUID clinicId, UUID accountId);

    /**
     * Creates the admin account of a clinic that joins, with a verified e-mail and an authenticator enrolled at
     * once (in the caller's transaction).
     *
     * @throws Rejected naming {@code admin.email} (taken or not an address) or {@code admin.password}
     */
    NewAdmin createClinicAdmin(String email, String password, UUID clinicId);

    /**
     * Creates the admin account of a clinic that joins on the website, whose authenticator is set up on the next
     * page ({@link SecondFactorEnrolment}), before the account can be used.
     *
     * @throws Rejected naming {@code email} (taken or not an address) or {@code password}
     * @return the account id
     */
    UUID createClinicAdminToEnrol(String email, String password, UUID clinicId);
}
