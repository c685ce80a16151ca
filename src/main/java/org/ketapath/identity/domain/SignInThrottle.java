package org.ketapath.identity.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed sign-ins counted per account (by the e-mail typed, whether or not it exists, so the throttle says
 * nothing about existence) and per client address, in PostgreSQL so every app node sees the same counts. After
 * the free failures each further one doubles the wait: 30 s, 1 min, 2 min, ... up to the maximum.
 */
@Component
public class SignInThrottle {

    /** Addresses are often shared (offices, carriers' NAT), so they get more free failures than accounts. */
    static final int IP_FACTOR = 4;

    static final Duration FIRST_WAIT = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final IdentitySettings settings;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, IdentitySettings settings, IdentityClock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock.clock();
    }

    /** The time left before another attempt is allowed for this e-mail or address, if any. */
    @Transactional(readOnly = true)
    public Optional<Duration> blocked(String email, String clientIp) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        select max(blocked_until) from sign_in_throttle
                        where throttle_key in (:keys) and blocked_until > :now
                        """)
                .param("keys", List.of(accountKey(email), ipKey(clientIp)))
                .param("now", Timestamp.from(now))
                .query(Timestamp.class)
                .optional()
                .map(until -> Duration.between(now, until.toInstant()));
    }

    /** Counts a failure for both the e-mail and the address, in its own transaction (it must stay). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String email, String clientIp) {
        count(accountKey(email), settings.freeFailures());
        count(ipKey(clientIp), settings.freeFailures() * IP_FACTOR);
    }

    /** A successful sign-in clears the account's count (not the address's). */
    @Transactional
    public void succeeded(String email) {
        jdbc.sql("delete from sign_in_throttle where throttle_key = :key")
                .param("key", accountKey(email))
                .update();
    }

    private void count(String key, int free) {
        Instant now = clock.instant();
        int failures = jdbc.sql("""
                        insert into sign_in_throttle (throttle_key, failures, updated_at) values (:key, 1, :now)
                        on conflict (throttle_key) do update set
                            failures = case when sign_in_throttle.updated_at < :stale then 1
                                            else sign_in_throttle.failures + 1 end,
                            updated_at = :now
                        returning failures
                        """)
                .param("key", key)
                .param("now", Timestamp.from(now))
                .param("stale", Timestamp.from(now.minus(Duration.ofDays(1))))
                .query(Integer.class)
                .single();
        if (failures >= free) {
            int exponent = Math.min(failures - free, 20);
            Duration wait = FIRST_WAIT.multipliedBy(1L << exponent);
            if (wait.compareTo(settings.maxBlock()) > 0) {
                wait = settings.maxBlock();
            }
            jdbc.sql("update sign_in_throttle set blocked_until = :until where throttle_key = :key")
                    .param("until", Timestamp.from(now.plus(wait)))
                    .param("key", key)
                    .update();
        }
    }

    private static String accountKey(String email) {
        return "account:" + Base64.getEncoder().encodeToString(Secrets.sha256(AccountRepository.normalize(email)));
    }

    private static String ipKey(String clientIp) {
        return "ip:" + clientIp;
    }
}
