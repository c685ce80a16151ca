package org.ketapath.identity.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opaque bearer tokens for the API: 256 random bits, stored only as SHA-256, expiring and revocable. */
@Service
public class ApiTokens {

    private final JdbcClient jdbc;
    private final IdentitySettings settings;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, IdentitySettings settings, IdentityClock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock.clock();
    }

    /**
     * A token just issued; the only time its value is known to the server.
     *
     * @param value the bearer token
     * @param expiresInSeconds its lifetime
     */
    public record Issued(String value, long expiresInSeconds) {
        @Override
        public String toString() {
            return "Issued[redacted]";
        }
    }

    @Transactional
    public Issued issue(UUID accountId) {
        String token = Secrets.newToken();
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into api_token (token_hash, account_id, created_at, expires_at)
                        values (:hash, :account, :now, :expires)
                        """)
                .param("hash", Secrets.sha256(token))
                .param("account", accountId)
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(settings.tokens())))
                .update();
        return new Issued(token, settings.tokens().toSeconds());
    }

    /** The open account a valid (known, unexpired, unrevoked) token belongs to. */
    @Transactional(readOnly = true)
    public Optional<UUID> resolve(String token) {
        if (token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select t.account_id from api_token t join account a on a.id = t.account_id
                        where t.token_hash = :hash and t.revoked_at is null and t.expires_at > :now
                          and a.closed_at is null
                        """)
                .param("hash", Secrets.sha256(token))
                .param("now", Timestamp.from(clock.instant()))
                .query(UUID.class)
                .optional();
    }

    @Transactional
    public void revoke(String token) {
        jdbc.sql("update api_token set revoked_at = :now where token_hash = :hash and revoked_at is null")
                .param("now", Timestamp.from(clock.instant()))
                .param("hash", Secrets.sha256(token))
                .update();
    }

    /** Revokes every token of the account (account closure, password change). */
    @Transactional
    public void revokeAll(UUID accountId) {
        jdbc.sql("update api_token set revoked_at = :now where account_id = :account and revoked_at is null")
                .param("now", Timestamp.from(clock.instant()))
                .param("account", accountId)
                .update();
    }
}
