package org.ketapath.outcomes.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.ketapath.outcomes.OutcomesApi.SelfHarmAnswer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Answered questionnaires. */
@Repository
class QuestionnaireRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    QuestionnaireRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A saved answer set. */
    record Saved(String instrument, LocalDate answeredOn, int total, String band, boolean selfHarm) {}

    void save(
            UUID patient,
            UUID clinic,
            UUID course,
            String instrument,
            LocalDate on,
            java.util.Map<String, Integer> answers,
            int total,
            String band,
            boolean selfHarm,
            Instant now) {
        jdbc.sql("""
                        insert into questionnaire_response (id, patient_id, clinic_id, course_id, instrument,
                            answered_on, answers, total, band, self_harm, created_at)
                        values (:id, :p, :c, :course, :i, :on, cast(:answers as jsonb), :total, :band, :harm, :now)
                        on conflict (patient_id, instrument, answered_on) do update set clinic_id = excluded.clinic_id,
                            course_id = excluded.course_id, answers = excluded.answers, total = excluded.total,
                            band = excluded.band, self_harm = excluded.self_harm, created_at = excluded.created_at
                        """)
                .param("id", UUID.randomUUID())
                .param("p", patient)
                .param("c", clinic)
                .param("course", course)
                .param("i", instrument)
                .param("on", on)
                .param("answers", JSON.writeValueAsString(answers))
                .param("total", total)
                .param("band", band)
                .param("harm", selfHarm)
                .param("now", now.atOffset(ZoneOffset.UTC))
                .update();
    }

    List<Saved> ofPatient(UUID patient) {
        return jdbc.sql("""
                        select instrument, answered_on, total, band, self_harm from questionnaire_response
                         where patient_id = :p order by answered_on, instrument limit 1000
                        """)
                .param("p", patient)
                .query((rs, n) -> new Saved(
                        rs.getString(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getBoolean(5)))
                .list();
    }

    List<SelfHarmAnswer> selfHarm(UUID clinic, LocalDate since) {
        return jdbc.sql("""
                        select patient_id, answered_on, created_at, (answers ->> 'q9')::int from questionnaire_response
                         where clinic_id = :c and self_harm and answered_on >= :since
                         order by created_at desc limit 100
                        """)
                .param("c", clinic)
                .param("since", since)
                .query((rs, n) -> new SelfHarmAnswer(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, LocalDate.class),
                        rs.getObject(3, OffsetDateTime.class).toInstant(),
                        rs.getInt(4)))
                .list();
    }
}
