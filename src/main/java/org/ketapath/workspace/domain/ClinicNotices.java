package org.ketapath.workspace.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.scheduling.AppointmentBooked;
import org.ketapath.scheduling.AppointmentCancelled;
import org.ketapath.scheduling.AppointmentRescheduled;
import org.ketapath.scheduling.ClinicVisits;
import org.ketapath.scheduling.ServiceType;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notes each booking, move and cancellation for the clinic's home page, in the transaction of the change (so a
 * notice exists exactly when the change does), and tells the clinic by e-mail through {@link ClinicMail}.
 */
@Service
public class ClinicNotices {

    private final JdbcClient jdbc;
    private final ClinicVisits visits;
    private final ClinicMail mail;

    ClinicNotices(JdbcClient jdbc, ClinicVisits visits, ClinicMail mail) {
        this.jdbc = jdbc;
        this.visits = visits;
        this.mail = mail;
    }

    /**
     * A notice on the home page.
     *
     * @param kind what happened
     * @param service the kind of visit
     * @param start when the visit starts (now)
     * @param previousStart when it was to start, for a move
     * @param newPatient whether the patient had no other visit with the clinic
     * @param occurredAt when it happened
     */
    public record Notice(
            NoticeKind kind,
            ServiceType service,
            Instant start,
            @Nullable Instant previousStart,
            boolean newPatient,
            Instant occurredAt) {}

    @EventListener
    void on(AppointmentBooked booked) {
        visits.find(booked.appointmentId())
                .ifPresent(visit -> note(
                        NoticeKind.BOOKED,
                        visit.clinicId(),
                        visit.id(),
                        visit.patientId(),
                        visit.service(),
                        visit.start(),
                        null,
                        visit.bookedAt()));
    }

    @EventListener
    void on(AppointmentRescheduled moved) {
        note(
                NoticeKind.RESCHEDULED,
                moved.clinicId(),
                moved.appointmentId(),
                moved.patientId(),
                moved.service(),
                moved.start(),
                moved.previousStart(),
                moved.movedAt());
    }

    @EventListener
    void on(AppointmentCancelled cancelled) {
        note(
                NoticeKind.CANCELLED,
                cancelled.clinicId(),
                cancelled.appointmentId(),
                cancelled.patientId(),
                cancelled.service(),
                cancelled.start(),
                null,
                cancelled.cancelledAt());
    }

    private void note(
            NoticeKind kind,
            UUID clinicId,
            UUID appointmentId,
            UUID patientId,
            ServiceType service,
            Instant start,
            @Nullable Instant previousStart,
            Instant at) {
        boolean newPatient = visits.ofPatient(clinicId, patientId).stream()
                .noneMatch(v -> !v.id().equals(appointmentId) && !v.status().equals("CANCELLED"));
        jdbc.sql("""
                        insert into clinic_notice (id, clinic_id, appointment_id, kind, service, starts_at,
                            previous_start, new_patient, occurred_at)
                        values (:id, :clinic, :appointment, :kind, :service, :start, :previous, :newPatient, :at)
                        """)
                .param("id", UUID.randomUUID())
                .param("clinic", clinicId)
                .param("appointment", appointmentId)
                .param("kind", kind.name())
                .param("service", service.name())
                .param("start", utc(start))
                .param("previous", previousStart == null ? null : utc(previousStart))
                .param("newPatient", newPatient)
                .param("at", utc(at))
                .update();
        mail.notice(clinicId, appointmentId, new Notice(kind, service, start, previousStart, newPatient, at));
    }

    /** The clinic's notices since the instant, newest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Notice> since(UUID clinicId, Instant since, int limit) {
        return jdbc.sql("""
                        select kind, service, starts_at, previous_start, new_patient, occurred_at from clinic_notice
                         where clinic_id = :clinic and occurred_at > :since
                         order by occurred_at desc, id limit :limit
                        """)
                .param("clinic", clinicId)
                .param("since", utc(since))
                .param("limit", limit)
                .query((rs, n) -> new Notice(
                        NoticeKind.valueOf(rs.getString(1)),
                        ServiceType.valueOf(rs.getString(2)),
                        rs.getObject(3, OffsetDateTime.class).toInstant(),
                        rs.getObject(4, OffsetDateTime.class) == null
                                ? null
                                : rs.getObject(4, OffsetDateTime.class).toInstant(),
                        rs.getBoolean(5),
                        rs.getObject(6, OffsetDateTime.class).toInstant()))
                .list();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
