package org.ketapath.treatment.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ketapath.treatment.TreatmentApi.CourseSummary;
import org.ketapath.treatment.TreatmentApi.SessionPain;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Courses with their first dose and their signed sessions' pain scores, for the outcomes module. */
@Repository
class CourseSummaryRepository {

    static final int LIMIT = 5000;

    private static final String COURSES = """
            select c.id, c.clinic_id, c.patient_id, c.condition,
                   (select min(d.start_at) from session_dose d join treatment_session s on s.id = d.session_id
                     where s.course_id = c.id) as first_dose
              from treatment_course c
            """;

    private static final String SESSIONS = """
            select s.id, s.course_id,
                   (select min(d.start_at) from session_dose d where d.session_id = s.id) as dose_at,
                   (select sc.value from session_score sc where sc.session_id = s.id and sc.instrument = 'PAIN_NRS'
                       and sc.phase = 'BEFORE' order by sc.at, sc.id limit 1) as before,
                   (select sc.value from session_score sc where sc.session_id = s.id and sc.instrument = 'PAIN_NRS'
                       and sc.phase = 'AFTER' order by sc.at desc, sc.id limit 1) as after
              from treatment_session s join treatment_course c on c.id = s.course_id
            """;

    private final JdbcClient jdbc;

    CourseSummaryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CourseSummary> ofPatient(UUID patient) {
        return load(" where c.patient_id = :id", patient);
    }

    List<CourseSummary> atClinic(UUID clinic) {
        return load(" where c.clinic_id = :id", clinic);
    }

    private List<CourseSummary> load(String where, UUID id) {
        Map<UUID, List<SessionPain>> sessions = new LinkedHashMap<>();
        jdbc.sql(SESSIONS + where + " and s.status = 'SIGNED' order by dose_at nulls last, s.id")
                .param("id", id)
                .query((java.sql.ResultSet rs) -> {
                    sessions.computeIfAbsent(rs.getObject("course_id", UUID.class), k -> new ArrayList<>())
                            .add(new SessionPain(
                                    rs.getObject("id", UUID.class),
                                    TreatmentRepository.instant(rs, "dose_at"),
                                    TreatmentRepository.intOrNull(rs, "before"),
                                    TreatmentRepository.intOrNull(rs, "after")));
                });
        return jdbc.sql(COURSES + where + " order by c.created_at, c.id limit " + LIMIT)
                .param("id", id)
                .query((rs, n) -> {
                    UUID course = rs.getObject("id", UUID.class);
                    Instant first = TreatmentRepository.instant(rs, "first_dose");
                    return new CourseSummary(
                            course,
                            rs.getObject("clinic_id", UUID.class),
                            rs.getObject("patient_id", UUID.class),
                            rs.getString("condition"),
                            first,
                            List.copyOf(sessions.getOrDefault(course, List.of())));
                })
                .list();
    }
}
