package org.ketapath.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketapath.identity.domain.Mfa;
import org.ketapath.identity.domain.StaffAccounts;
import org.ketapath.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Web sessions end after 30 minutes idle (the session store's timeout, checked by moving the session's last
 * access back in the database) and 12 hours after sign-in however active (checked by moving the clock).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionExpiryTests {

    @TestConfiguration
    static class MovableClock {
        @Bean
        TestClock testClock() {
            return new TestClock();
        }
    }

    /** A clock the test can move forward. */
    static final class TestClock extends Clock {
        private volatile Duration offset = Duration.ZERO;

        void advance(Duration by) {
            offset = offset.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts staff;

    @Autowired
    Mfa mfa;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    IdentityFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new IdentityFixtures(new Http(port), staff, mfa, jdbc);
    }

    private FormClient signedIn() {
        String email = IdentityFixtures.uniqueEmail("session");
        fixtures.verifiedPatient(email);
        FormClient web = new FormClient(port);
        web.get("/sign-in");
        web.post("/sign-in", "email", email, "password", IdentityFixtures.PASSWORD);
        assertThat(web.get("/account").statusCode()).isEqualTo(200);
        return web;
    }

    /** The session cookie holds the session id in Base64. */
    private static String storedId(FormClient web) {
        return new String(java.util.Base64.getDecoder().decode(web.sessionId().orElseThrow()));
    }

    @Test
    void session_idle_for_more_than_30_minutes_is_over() {
        FormClient web = signedIn();
        int maxInactive = jdbc.sql("select max_inactive_interval from spring_session where session_id = :id")
                .param("id", storedId(web))
                .query(Integer.class)
                .single();
        assertThat(maxInactive).isEqualTo(30 * 60);

        long thirtyOneMinutesAgo =
                System.currentTimeMillis() - Duration.ofMinutes(31).toMillis();
        jdbc.sql("update spring_session set last_access_time = :t, expiry_time = :t + max_inactive_interval * 1000"
                        + " where session_id = :id")
                .param("t", thirtyOneMinutesAgo)
                .param("id", storedId(web))
                .update();

        assertThat(web.get("/account").statusCode()).isEqualTo(302);
    }

    @Test
    void session_active_for_12_hours_is_over_however_busy() {
        FormClient web = signedIn();
        clock.advance(Duration.ofHours(11).plusMinutes(59));
        assertThat(web.get("/account").statusCode()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(2));

        assertThat(web.get("/account").statusCode()).isEqualTo(302);
    }
}
