package org.ketapath.treatment.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.treatment.domain.SessionRecord.CourseView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Courses, consent texts and acceptances. */
@Repository
class TreatmentRepository {

    private final JdbcClient jdbc;

    TreatmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static @Nullable OffsetDateTime ts(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static @Nullable Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    void insertCourse(UUID id, UUID clinic, UUID patient, Inputs.Course in, String icd10, UUID by, Instant now) {
        jdbc.sql("""
                        insert into treatment_course (id, clinic_id, patient_id, condition, icd10, route, dose_mg_per_kg,
                            fixed_dose_mg, rate_mg_per_kg_per_hour, planned_sessions, created_by, created_at)
                        values (:id, :clinic, :patient, :condition, :icd10, :route, :dose, :fixed, :rate, :planned,
                                :by, :now)
                        """)
                .param("id", id)
                .param("clinic", clinic)
                .param("patient", patient)
                .param("condition", in.condition().name())
                .param("icd10", icd10)
                .param("route", in.route().name())
                .param("dose", in.doseMgPerKg())
                .param("fixed", in.fixedDoseMg())
                .param("rate", in.rateMgPerKgPerHour())
                .param("planned", in.plannedSessions())
                .param("by", by)
                .param("now", ts(now))
                .update();
    }

    private static final String COURSE_SELECT = """
            select c.*, cc.accepted_at, t.version as consent_version
            from treatment_course c
            left join course_consent cc on cc.course_id = c.id
            left join consent_text t on t.id = cc.consent_text_id
            """;

    Optional<CourseView> course(UUID id) {
        return jdbc.sql(COURSE_SELECT + " where c.id = :id")
                .param("id", id)
                .query(TreatmentRepository::courseView)
                .optional();
    }

    Optional<CourseView> latestCourse(UUID patient, UUID clinic) {
        return jdbc.sql(COURSE_SELECT + " where c.patient_id = :patient and c.clinic_id = :clinic"
                        + " order by c.created_at desc limit 1")
                .param("patient", patient)
                .param("clinic", clinic)
                .query(TreatmentRepository::courseView)
                .optional();
    }

    List<CourseView> coursesOfPatient(UUID patient) {
        return jdbc.sql(COURSE_SELECT + " where c.patient_id = :patient order by c.created_at limit 200")
                .param("patient", patient)
                .query(TreatmentRepository::courseView)
                .list();
    }

    static CourseView courseView(ResultSet rs, int n) throws SQLException {
        return new CourseView(
                rs.getObject("id", UUID.class),
                rs.getObject("clinic_id", UUID.class),
                rs.getObject("patient_id", UUID.class),
                Condition.valueOf(rs.getString("condition")),
                rs.getString("icd10"),
                Route.valueOf(rs.getString("route")),
                rs.getBigDecimal("dose_mg_per_kg"),
                rs.getBigDecimal("fixed_dose_mg"),
                rs.getBigDecimal("rate_mg_per_kg_per_hour"),
                rs.getInt("planned_sessions"),
                instant(rs, "created_at"),
                instant(rs, "accepted_at"),
                intOrNull(rs, "consent_version"));
    }

    /** A clinic's consent text. */
    record Text(UUID id, UUID clinicId, int version, String markdown, Instant createdAt) {}

    Optional<Text> latestText(UUID clinic) {
        return jdbc.sql("""
                        select id, clinic_id, version, markdown, created_at from consent_text
                        where clinic_id = :clinic order by version desc limit 1
                        """)
                .param("clinic", clinic)
                .query((rs, n) -> new Text(
                        rs.getObject("id", UUID.class),
                        rs.getObject("clinic_id", UUID.class),
                        rs.getInt("version"),
                        rs.getString("markdown"),
                        instant(rs, "created_at")))
                .optional();
    }

    int insertText(UUID id, UUID clinic, String markdown, UUID by, Instant now) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('consent_text:' || :clinic))")
                .param("clinic", clinic.toString())
                .query()
                .listOfRows();
        return jdbc.sql("""
                        insert into consent_text (id, clinic_id, version, markdown, created_by, created_at)
                        values (:id, :clinic,
                                (select coalesce(max(version), 0) + 1 from consent_text where clinic_id = :clinic),
                                :markdown, :by, :now)
                        returning version
                        """)
                .param("id", id)
                .param("clinic", clinic)
                .param("markdown", markdown)
                .param("by", by)
                .param("now", ts(now))
                .query(Integer.class)
                .single();
    }

    void accept(UUID course, UUID clinic, UUID patient, UUID text, String fullName, Instant now) {
        jdbc.sql("""
                        insert into course_consent (course_id, clinic_id, patient_id, consent_text_id, full_name,
                            accepted_at)
                        values (:course, :clinic, :patient, :text, :name, :now)
                        """)
                .param("course", course)
                .param("clinic", clinic)
                .param("patient", patient)
                .param("text", text)
                .param("name", fullName)
                .param("now", ts(now))
                .update();
    }

    /** The clinic's thresholds, or the defaults. */
    Thresholds thresholds(UUID clinic, Thresholds defaults) {
        return jdbc.sql("select * from treatment_clinic_settings where clinic_id = :clinic")
                .param("clinic", clinic)
                .query((rs, n) -> new Thresholds(
                        rs.getInt("vitals_interval_minutes"),
                        rs.getInt("systolic_high"),
                        rs.getInt("diastolic_high"),
                        rs.getInt("heart_rate_high"),
                        rs.getInt("spo2_low"),
                        rs.getInt("respiratory_rate_low"),
                        rs.getInt("respiratory_rate_high")))
                .optional()
                .orElse(defaults);
    }

    static @Nullable BigDecimal decimal(ResultSet rs, String column) throws SQLException {
        return rs.getBigDecimal(column);
    }

    static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
