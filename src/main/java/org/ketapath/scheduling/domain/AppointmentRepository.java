package org.ketapath.scheduling.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ketapath.scheduling.ServiceType;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AppointmentRepository {

    private static final String COLUMNS = """
            select id, clinic_id, patient_id, practitioner_id, chair_id, service, lower(period), upper(period),
                   zone_id, pre_minutes, main_minutes, post_minutes, status, assessment_id,
                   (select c.location_id from chair c where c.id = appointment.chair_id) from appointment
            """;

    private static final RowMapper<AppointmentView> MAPPER = (rs, n) -> new AppointmentView(
            rs.getObject(1, UUID.class),
            rs.getObject(2, UUID.class),
            rs.getObject(3, UUID.class),
            rs.getObject(4, UUID.class),
            rs.getObject(5, UUID.class),
            ServiceType.valueOf(rs.getString(6)),
            rs.getObject(7, OffsetDateTime.class).toInstant(),
            rs.getObject(8, OffsetDateTime.class).toInstant(),
            ZoneId.of(rs.getString(9)),
            rs.getInt(10),
            rs.getInt(11),
            rs.getInt(12),
            rs.getString(13),
            rs.getObject(14, UUID.class),
            rs.getObject(15, UUID.class));

    private final JdbcClient jdbc;

    AppointmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(AppointmentView a, Instant now) {
        jdbc.sql("""
                        insert into appointment (id, clinic_id, patient_id, practitioner_id, chair_id, service, period,
                            zone_id, pre_minutes, main_minutes, post_minutes, status, assessment_id, created_at,
                            updated_at)
                        values (:id, :clinic, :patient, :practitioner, :chair, :service, tstzrange(:s, :e, '[)'),
                            :zone, :pre, :main, :post, :status, :assessment, :now, :now)
                        """)
                .param("id", a.id())
                .param("clinic", a.clinicId())
                .param("patient", a.patientId())
                .param("practitioner", a.practitionerId())
                .param("chair", a.chairId())
                .param("service", a.service().name())
                .param("s", ScheduleRepository.utc(a.start()))
                .param("e", ScheduleRepository.utc(a.end()))
                .param("zone", a.zone().getId())
                .param("pre", a.preMinutes())
                .param("main", a.mainMinutes())
                .param("post", a.postMinutes())
                .param("status", a.status())
                .param("assessment", a.assessmentId())
                .param("now", ScheduleRepository.utc(now))
                .update();
    }

    Optional<AppointmentView> find(UUID id) {
        return jdbc.sql(COLUMNS + " where id = :id")
                .param("id", id)
                .query(MAPPER)
                .optional();
    }

    Optional<AppointmentView> findForUpdate(UUID id) {
        return jdbc.sql(COLUMNS + " where id = :id for update")
                .param("id", id)
                .query(MAPPER)
                .optional();
    }

    List<AppointmentView> ofPatient(UUID patientId) {
        return jdbc.sql(COLUMNS + " where patient_id = :p order by lower(period) limit 500")
                .param("p", patientId)
                .query(MAPPER)
                .list();
    }

    List<AppointmentView> ofClinic(UUID clinicId, Instant from, Instant to) {
        return jdbc.sql(COLUMNS
                        + " where clinic_id = :c and period && tstzrange(:f, :t, '[)') and status <> 'CANCELLED'"
                        + " order by lower(period), id")
                .param("c", clinicId)
                .param("f", ScheduleRepository.utc(from))
                .param("t", ScheduleRepository.utc(to))
                .query(MAPPER)
                .list();
    }

    List<AppointmentView> ofPractitioner(UUID clinicId, UUID practitionerId, Instant from) {
        return jdbc.sql(COLUMNS
                        + " where clinic_id = :c and practitioner_id = :p and upper(period) > :f"
                        + " and status <> 'CANCELLED' order by lower(period) limit 2000")
                .param("c", clinicId)
                .param("p", practitionerId)
                .param("f", ScheduleRepository.utc(from))
                .query(MAPPER)
                .list();
    }

    void moved(
            UUID id,
            Instant start,
            Instant end,
            UUID practitioner,
            @org.jspecify.annotations.Nullable UUID chair,
            Instant now) {
        jdbc.sql("""
                        update appointment set period = tstzrange(:s, :e, '[)'), practitioner_id = :p, chair_id = :ch,
                            updated_at = :now where id = :id
                        """)
                .param("s", ScheduleRepository.utc(start))
                .param("e", ScheduleRepository.utc(end))
                .param("p", practitioner)
                .param("ch", chair)
                .param("now", ScheduleRepository.utc(now))
                .param("id", id)
                .update();
    }

    void status(UUID id, String status, Instant now) {
        jdbc.sql("update appointment set status = :s, updated_at = :now where id = :id")
                .param("s", status)
                .param("now", ScheduleRepository.utc(now))
                .param("id", id)
                .update();
    }
}
