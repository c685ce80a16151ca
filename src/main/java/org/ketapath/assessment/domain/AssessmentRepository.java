package org.ketapath.assessment.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Results in PostgreSQL. Every read checks expiry itself; the cleanup only frees space. */
@Repository
class AssessmentRepository {

    private final JdbcClient jdbc;

    AssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record StoredResult(
            String resultJson,
            @Nullable UUID ownerAccountId,
            @Nullable Instant expiresAt) {}

    void insert(byte[] tokenHash, AssessmentResult result, String intakeJson, String resultJson) {
        jdbc.sql("""
                        insert into assessment_result
                            (token_hash, condition, outcome, crisis_support, intake, result, created_at, expires_at)
                        values (:hash, :condition, :outcome, :crisis, cast(:intake as jsonb), cast(:result as jsonb),
                                :createdAt, :expiresAt)
                        """)
                .param("hash", tokenHash)
                .param("condition", result.condition().name())
                .param("outcome", result.outcome().name())
                .param("crisis", result.crisisSupport())
                .param("intake", intakeJson)
                .param("result", resultJson)
                .param("createdAt", Timestamp.from(result.createdAt()))
                .param("expiresAt", result.expiresAt() == null ? null : Timestamp.from(result.expiresAt()))
                .update();
    }

    Optional<StoredResult> findLive(byte[] tokenHash, Instant now) {
        return jdbc.sql("""
                        select result::text as result, owner_account_id, expires_at from assessment_result
                        where token_hash = :hash and (expires_at is null or expires_at > :now)
                        """)
                .param("hash", tokenHash)
                .param("now", Timestamp.from(now))
                .query((rs, row) -> new StoredResult(
                        rs.getString("result"),
                        rs.getObject("owner_account_id", UUID.class),
                        rs.getTimestamp("expires_at") == null
                                ? null
                                : rs.getTimestamp("expires_at").toInstant()))
                .optional();
    }

    /** Gives a live anonymous result to an account; false when there is none (expired, unknown or owned). */
    boolean attach(byte[] tokenHash, UUID accountId, Instant now) {
        return jdbc.sql("""
                        update assessment_result set owner_account_id = :account, expires_at = null
                        where token_hash = :hash and owner_account_id is null and expires_at > :now
                        """)
                        .param("account", accountId)
                        .param("hash", tokenHash)
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    boolean isOwnedBy(byte[] tokenHash, UUID accountId) {
        return jdbc.sql(
                                "select count(*) from assessment_result where token_hash = :hash and owner_account_id = :account")
                        .param("hash", tokenHash)
                        .param("account", accountId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    record OwnedRow(byte[] tokenHash, String intakeJson, String resultJson) {}

    /** The account's results, oldest first. */
    java.util.List<OwnedRow> ownedBy(UUID accountId) {
        return jdbc.sql("""
                        select token_hash, intake::text as intake, result::text as result from assessment_result
                        where owner_account_id = :account order by created_at, token_hash
                        """)
                .param("account", accountId)
                .query((rs, row) ->
                        new OwnedRow(rs.getBytes("token_hash"), rs.getString("intake"), rs.getString("result")))
                .list();
    }

    int deleteExpired(Instant now) {
        return jdbc.sql("delete from assessment_result where expires_at <= :now")
                .param("now", Timestamp.from(now))
                .update();
    }
}
