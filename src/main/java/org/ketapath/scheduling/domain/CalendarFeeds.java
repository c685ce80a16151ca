package org.ketapath.scheduling.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clinicians' private iCalendar feeds. The token (256 random bits) is shown once, only its SHA-256 is stored;
 * revoking a practitioner's feeds makes every old URL answer 404 at once.
 */
@Service
public class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AppointmentRepository appointments;
    private final CalendarFiles calendars;
    private final SchedulingClock clock;

    CalendarFeeds(JdbcClient jdbc, AppointmentRepository appointments, CalendarFiles calendars, SchedulingClock clock) {
        this.jdbc = jdbc;
        this.appointments = appointments;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** A new feed token for a practitioner of a clinic. */
    @Transactional
    public String create(UUID clinicId, UUID practitionerId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                        insert into calendar_feed (token_hash, clinic_id, practitioner_id, created_at)
                        values (:h, :c, :p, :now)
                        """)
                .param("h", hash(token))
                .param("c", clinicId)
                .param("p", practitionerId)
                .param("now", ScheduleRepository.utc(clock.now()))
                .update();
        return token;
    }

    @Transactional
    public int revoke(UUID clinicId, UUID practitionerId) {
        return jdbc.sql("""
                        update calendar_feed set revoked_at = :now
                        where clinic_id = :c and practitioner_id = :p and revoked_at is null
                        """)
                .param("now", ScheduleRepository.utc(clock.now()))
                .param("c", clinicId)
                .param("p", practitionerId)
                .update();
    }

    /** The feed's calendar (upcoming appointments from a week ago on), or empty for an unknown or revoked token. */
    @Transactional(readOnly = true)
    public Optional<String> feed(String token) {
        if (token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql(
                        "select clinic_id, practitioner_id from calendar_feed where token_hash = :h and revoked_at is null")
                .param("h", hash(token))
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
                .optional()
                .map(ids -> calendars.feed(
                        appointments.ofPractitioner(ids[0], ids[1], clock.now().minus(Duration.ofDays(7)))));
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
