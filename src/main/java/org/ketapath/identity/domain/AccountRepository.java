package org.ketapath.identity.domain;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    private static final String COLUMNS =
            "id, email, role, password_hash, email_verified_at, totp_secret, mfa_enrolled_at, closed_at";

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String normalize(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    boolean insert(UUID id, String email, Role role, String passwordHash, @Nullable Instant verifiedAt) {
        return jdbc.sql("""
                        insert into account (id, email, email_normalized, password_hash, role, email_verified_at)
                        values (:id, :email, :normalized, :hash, :role, :verified)
                        on conflict (email_normalized) do nothing
                        """)
                        .param("id", id)
                        .param("email", email.trim())
                        .param("normalized", normalize(email))
                        .param("hash", passwordHash)
                        .param("role", role.name())
                        .param("verified", verifiedAt == null ? null : java.sql.Timestamp.from(verifiedAt))
                        .update()
                == 1;
    }

    Optional<Account> findByEmail(String email) {
        return jdbc.sql("select " + COLUMNS + " from account where email_normalized = :email and closed_at is null")
                .param("email", normalize(email))
                .query(AccountRepository::map)
                .optional();
    }

    Optional<Account> findById(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from account where id = :id")
                .param("id", id)
                .query(AccountRepository::map)
                .optional();
    }

    List<UUID> clinicsOf(UUID accountId) {
        return jdbc.sql("select clinic_id from clinic_membership where account_id = :id order by clinic_id")
                .param("id", accountId)
                .query(UUID.class)
                .list();
    }

    void addMembership(UUID accountId, UUID clinicId) {
        jdbc.sql("insert into clinic_membership (account_id, clinic_id) values (:a, :c) on conflict do nothing")
                .param("a", accountId)
                .param("c", clinicId)
                .update();
    }

    void markVerified(UUID accountId) {
        jdbc.sql("update account set email_verified_at = coalesce(email_verified_at, now()) where id = :id")
                .param("id", accountId)
                .update();
    }

    void setPasswordHash(UUID accountId, String hash) {
        jdbc.sql("update account set password_hash = :hash where id = :id")
                .param("hash", hash)
                .param("id", accountId)
                .update();
    }

    void setTotp(UUID accountId, String secret, boolean enrolled) {
        jdbc.sql("""
                        update account set totp_secret = :secret,
                               mfa_enrolled_at = case when :enrolled then now() else null end
                        where id = :id
                        """)
                .param("secret", secret)
                .param("enrolled", enrolled)
                .param("id", accountId)
                .update();
    }

    /** Closes the account: keeps the id (the audit trail refers to it), drops every credential and the address. */
    void close(UUID accountId) {
        String pseudonym = "closed-" + accountId + "@closed.invalid";
        jdbc.sql("""
                        update account set email = :pseudonym, email_normalized = :pseudonym, password_hash = null,
                               totp_secret = null, mfa_enrolled_at = null, closed_at = now()
                        where id = :id
                        """).param("pseudonym", pseudonym).param("id", accountId).update();
    }

    private static Account map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Account(
                rs.getObject("id", UUID.class),
                rs.getString("email"),
                Role.valueOf(rs.getString("role")),
                rs.getString("password_hash"),
                rs.getTimestamp("email_verified_at") != null,
                rs.getString("totp_secret"),
                rs.getTimestamp("mfa_enrolled_at") != null,
                rs.getTimestamp("closed_at") != null);
    }

    /** Sets a new, verified address; false when another account has it. */
    boolean changeEmail(UUID accountId, String email) {
        return jdbc.sql("""
                        update account set email = :email, email_normalized = :normalized,
                               email_verified_at = now()
                        where id = :id and closed_at is null
                          and not exists (select 1 from account o where o.email_normalized = :normalized and o.id <> :id)
                        """)
                        .param("email", email.trim())
                        .param("normalized", normalize(email))
                        .param("id", accountId)
                        .update()
                == 1;
    }

    boolean emailTaken(String email) {
        return jdbc.sql("select exists (select 1 from account where email_normalized = :email)")
                .param("email", normalize(email))
                .query(Boolean.class)
                .single();
    }
}
