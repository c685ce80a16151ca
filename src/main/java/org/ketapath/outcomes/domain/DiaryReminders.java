package org.ketapath.outcomes.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.notification.Mailer;
import org.ketapath.notification.OutgoingEmail;
import org.ketapath.scheduling.PatientContacts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The optional daily diary reminder: an e-mail at the local time the patient chose, skipped when the day is
 * already entered. The job is a row in {@code diary_settings} ({@code next_reminder_at}), claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so several nodes can sweep at once; the mail goes through the outbox in the
 * same transaction and says nothing about the patient's health.
 */
@Service
public class DiaryReminders {

    static final String SUBJECT = "Your KetaPath diary";
    static final String TEXT = "A reminder to fill in today's diary in KetaPath. It takes a few seconds.\n\n"
            + "You asked for this daily reminder; you can change its time or turn it off on the diary page.";

    private final DiaryRepository diary;
    private final JdbcClient jdbc;
    private final Mailer mailer;
    private final PatientContacts contacts;
    private final OutcomesClock clock;
    private final boolean sweepEnabled;

    DiaryReminders(
            DiaryRepository diary,
            JdbcClient jdbc,
            Mailer mailer,
            PatientContacts contacts,
            OutcomesClock clock,
            @Value("${ketapath.outcomes.reminders.enabled:true}") boolean sweepEnabled) {
        this.diary = diary;
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.contacts = contacts;
        this.clock = clock;
        this.sweepEnabled = sweepEnabled;
    }

    /** The patient's saved zone and reminder time, or the defaults. */
    @Transactional(readOnly = true)
    public Settings settings(UUID patient) {
        return diary.settings(patient)
                .map(s -> new Settings(s.zone(), s.reminderTime()))
                .orElse(new Settings(DiaryService.DEFAULT_ZONE, null));
    }

    /** Saves the zone and the reminder time (null: no reminder). */
    @Transactional
    public void save(UUID patient, ZoneId zone, @Nullable LocalTime reminder) {
        Instant now = clock.now();
        diary.saveSettings(
                patient,
                new DiaryRepository.Settings(zone, reminder),
                reminder == null ? null : next(reminder, zone, now),
                now);
    }

    /**
     * The diary settings a patient chose.
     *
     * @param zone the zone their days are counted in
     * @param reminderTime the local time of the daily e-mail, null for none
     */
    public record Settings(ZoneId zone, @Nullable LocalTime reminderTime) {}

    /** The next instant after {@code now} at which it is {@code time} in the zone (DST gaps move forward). */
    static Instant next(LocalTime time, ZoneId zone, Instant now) {
        LocalDate day = LocalDate.ofInstant(now, zone);
        Instant at = ZonedDateTime.of(day, time, zone).toInstant();
        return at.isAfter(now)
                ? at
                : ZonedDateTime.of(day.plusDays(1), time, zone).toInstant();
    }

    @Scheduled(fixedDelayString = "${ketapath.outcomes.reminders.interval:60s}", initialDelayString = "30s")
    void scheduled() {
        if (sweepEnabled) {
            sendDue();
        }
    }

    /** Enqueues the reminders that are due and moves each to its next day; returns how many were due. */
    @Transactional
    public int sendDue() {
        Instant now = clock.now();
        List<Due> due = jdbc.sql("""
                        select patient_id, zone_id, reminder_time from diary_settings
                         where next_reminder_at <= :now order by next_reminder_at limit 200 for update skip locked
                        """)
                .param("now", now.atOffset(ZoneOffset.UTC))
                .query((rs, n) -> new Due(
                        rs.getObject(1, UUID.class), ZoneId.of(rs.getString(2)), rs.getObject(3, LocalTime.class)))
                .list();
        for (Due d : due) {
            LocalDate today = LocalDate.ofInstant(now, d.zone());
            if (!diary.exists(d.patientId(), today)) {
                contacts.emailOf(d.patientId())
                        .ifPresent(to -> mailer.enqueue(
                                new OutgoingEmail(to, SUBJECT, TEXT, "diary-reminder:" + d.patientId() + ":" + today)));
            }
            jdbc.sql("update diary_settings set next_reminder_at = :next where patient_id = :p")
                    .param("next", OffsetDateTime.ofInstant(next(d.time(), d.zone(), now), ZoneOffset.UTC))
                    .param("p", d.patientId())
                    .update();
        }
        return due.size();
    }

    private record Due(UUID patientId, ZoneId zone, LocalTime time) {}
}
