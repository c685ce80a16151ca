package org.ketapath.scheduling.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ketapath.scheduling.ClinicVisits;
import org.ketapath.scheduling.ServiceType;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The clinic's visits for its staff workspace, read straight from the appointment table. */
@Service
@Transactional(readOnly = true)
class ClinicVisitQueries implements ClinicVisits {

    private static final String COLUMNS = """
            select id, clinic_id, patient_id, practitioner_id, service, lower(period), upper(period), zone_id,
                   status, assessment_id, created_at from appointment
            """;

    private static final RowMapper<Visit> VISIT = (rs, n) -> new Visit(
            rs.getObject(1, UUID.class),
            rs.getObject(2, UUID.class),
            rs.getObject(3, UUID.class),
            rs.getObject(4, UUID.class),
            ServiceType.valueOf(rs.getString(5)),
            rs.getObject(6, OffsetDateTime.class).toInstant(),
            rs.getObject(7, OffsetDateTime.class).toInstant(),
            ZoneId.of(rs.getString(8)),
            rs.getString(9),
            rs.getObject(10, UUID.class),
            rs.getObject(11, OffsetDateTime.class).toInstant());

    private final JdbcClient jdbc;
    private final ScheduleRepository schedules;

    ClinicVisitQueries(JdbcClient jdbc, ScheduleRepository schedules) {
        this.jdbc = jdbc;
        this.schedules = schedules;
    }

    @Override
    public List<Visit> between(UUID clinicId, Instant from, Instant to) {
        return jdbc.sql(COLUMNS + """
                         where clinic_id = :c and period && tstzrange(:f, :t, '[)') and status <> 'CANCELLED'
                         order by lower(period), id limit 1000
                        """)
                .param("c", clinicId)
                .param("f", ScheduleRepository.utc(from))
                .param("t", ScheduleRepository.utc(to))
                .query(VISIT)
                .list();
    }

    @Override
    public List<Visit> ofPatient(UUID clinicId, UUID patientId) {
        return jdbc.sql(COLUMNS + " where clinic_id = :c and patient_id = :p order by lower(period), id limit 200")
                .param("c", clinicId)
                .param("p", patientId)
                .query(VISIT)
                .list();
    }

    @Override
    public Optional<Visit> find(UUID appointmentId) {
        return jdbc.sql(COLUMNS + " where id = :id")
                .param("id", appointmentId)
                .query(VISIT)
                .optional();
    }

    @Override
    public List<Visit> withSharedAssessment(UUID clinicId, Instant after, int limit) {
        return jdbc.sql(COLUMNS + """
                         where clinic_id = :c and assessment_id is not null and upper(period) > :after
                           and status in ('BOOKED', 'CHECKED_IN', 'IN_PROGRESS')
                         order by lower(period), id limit :limit
                        """)
                .param("c", clinicId)
                .param("after", ScheduleRepository.utc(after))
                .param("limit", Math.max(1, Math.min(limit, 1000)))
                .query(VISIT)
                .list();
    }

    @Override
    public List<Visit> withAssessment(UUID clinicId, UUID assessmentId) {
        return jdbc.sql(COLUMNS + " where clinic_id = :c and assessment_id = :a order by lower(period), id limit 200")
                .param("c", clinicId)
                .param("a", assessmentId)
                .query(VISIT)
                .list();
    }

    @Override
    public Optional<ZoneId> zoneOf(UUID clinicId) {
        return schedules.load(clinicId).map(ClinicSchedule::zone);
    }
}
