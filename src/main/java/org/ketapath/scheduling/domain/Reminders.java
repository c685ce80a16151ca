package org.ketapath.scheduling.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.ketapath.notification.Mailer;
import org.ketapath.notification.OutgoingEmail;
import org.ketapath.scheduling.PatientContacts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booking messages through the notification outbox, each in the transaction of the change that causes it:
 * confirmation at once, reminders 24 h and 2 h before (rows swept by {@link #sendDue()}, which enqueues and marks
 * each in one transaction with {@code SKIP LOCKED}), cancellation notices. The outbox's deduplication keys make
 * every message unique even if a sweep is repeated. Messages say only when: no service, no health detail.
 */
@Service
public class Reminders {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' h:mm a (zzz)", Locale.US);

    private final JdbcClient jdbc;
    private final Mailer mailer;
    private final ObjectProvider<PatientContacts> contacts;
    private final SchedulingClock clock;

    private final boolean sweepEnabled;

    Reminders(
            JdbcClient jdbc,
            Mailer mailer,
            ObjectProvider<PatientContacts> contacts,
            SchedulingClock clock,
            @Value("${ketapath.scheduling.reminders.enabled:true}") boolean sweepEnabled) {
        this.sweepEnabled = sweepEnabled;
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.contacts = contacts;
        this.clock = clock;
    }

    void booked(AppointmentView a, Instant now) {
        mail(
                a.patientId(),
                "Your appointment is booked",
                "Your appointment is booked for " + when(a.start(), a.zone())
                        + ".\nYou can see, move or cancel it in KetaPath.",
                "confirmation:" + a.id() + ":" + a.start().getEpochSecond());
        schedule(a, now);
    }

    void rescheduled(AppointmentView a, Instant now) {
        jdbc.sql("delete from appointment_reminder where appointment_id = :id")
                .param("id", a.id())
                .update();
        booked(a, now);
    }

    void cancelled(AppointmentView a) {
        jdbc.sql("delete from appointment_reminder where appointment_id = :id and enqueued_at is null")
                .param("id", a.id())
                .update();
        mail(
                a.patientId(),
                "Your appointment is cancelled",
                "Your appointment on " + when(a.start(), a.zone()) + " is cancelled.",
                "cancellation:" + a.id());
    }

    private void schedule(AppointmentView a, Instant now) {
        insertReminder(a, "REMINDER_24H", Duration.ofHours(24), now);
        insertReminder(a, "REMINDER_2H", Duration.ofHours(2), now);
    }

    private void insertReminder(AppointmentView a, String kind, Duration before, Instant now) {
        Instant due = a.start().minus(before);
        if (!due.isAfter(now)) {
            return;
        }
        jdbc.sql("""
                        insert into appointment_reminder (appointment_id, kind, due_at, starts_at)
                        values (:id, :kind, :due, :start) on conflict do nothing
                        """)
                .param("id", a.id())
                .param("kind", kind)
                .param("due", ScheduleRepository.utc(due))
                .param("start", ScheduleRepository.utc(a.start()))
                .update();
    }

    @Scheduled(fixedDelayString = "${ketapath.scheduling.reminders.interval:30s}", initialDelayString = "20s")
    void scheduled() {
        if (sweepEnabled) {
            sendDue();
        }
    }

    /** Enqueues the reminders that are due; safe to run on several nodes at once. Returns how many. */
    @Transactional
    public int sendDue() {
        List<Due> due = jdbc.sql("""
                        select r.appointment_id, r.kind, r.starts_at, a.patient_id, a.zone_id
                        from appointment_reminder r join appointment a on a.id = r.appointment_id
                        where r.enqueued_at is null and r.due_at <= :now and a.status = 'BOOKED'
                        order by r.due_at limit 200 for update of r skip locked
                        """)
                .param("now", ScheduleRepository.utc(clock.now()))
                .query((rs, n) -> new Due(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(),
                        rs.getObject(4, UUID.class),
                        ZoneId.of(rs.getString(5))))
                .list();
        for (Due d : due) {
            String key = (d.kind().equals("REMINDER_24H") ? "reminder-24h:" : "reminder-2h:") + d.appointmentId() + ":"
                    + d.start().getEpochSecond();
            mail(
                    d.patientId(),
                    "Reminder: your appointment",
                    "A reminder of your appointment on " + when(d.start(), d.zone()) + ".",
                    key);
            jdbc.sql("update appointment_reminder set enqueued_at = :now where appointment_id = :id and kind = :kind")
                    .param("now", ScheduleRepository.utc(clock.now()))
                    .param("id", d.appointmentId())
                    .param("kind", d.kind())
                    .update();
        }
        return due.size();
    }

    private void mail(UUID patientId, String subject, String text, String key) {
        PatientContacts directory = contacts.getIfAvailable();
        Optional<String> to = directory == null ? Optional.empty() : directory.emailOf(patientId);
        to.ifPresent(address -> mailer.enqueue(new OutgoingEmail(address, subject, text, key)));
    }

    static String when(Instant start, ZoneId zone) {
        return WHEN.format(start.atZone(zone));
    }

    private record Due(UUID appointmentId, String kind, Instant start, UUID patientId, ZoneId zone) {}
}
