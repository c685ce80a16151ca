package org.ketapath.treatment.domain;

import static org.ketapath.treatment.domain.TreatmentRepository.instant;
import static org.ketapath.treatment.domain.TreatmentRepository.intOrNull;
import static org.ketapath.treatment.domain.TreatmentRepository.ts;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.treatment.domain.SessionRecord.AmendmentView;
import org.ketapath.treatment.domain.SessionRecord.CourseView;
import org.ketapath.treatment.domain.SessionRecord.DischargeView;
import org.ketapath.treatment.domain.SessionRecord.DoseView;
import org.ketapath.treatment.domain.SessionRecord.EventView;
import org.ketapath.treatment.domain.SessionRecord.FlagView;
import org.ketapath.treatment.domain.SessionRecord.PreCheckView;
import org.ketapath.treatment.domain.SessionRecord.ScoreView;
import org.ketapath.treatment.domain.SessionRecord.VitalsView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Session records and their parts. */
@Repository
class SessionRecordRepository {

    private final JdbcClient jdbc;

    SessionRecordRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The fields every access checks. */
    record Header(UUID id, UUID clinicId, UUID patientId, UUID courseId, UUID appointmentId, SessionStatus status) {}

    Optional<Header> header(UUID id, boolean lock) {
        return jdbc.sql("select id, clinic_id, patient_id, course_id, appointment_id, status from treatment_session"
                        + " where id = :id" + (lock ? " for update" : ""))
                .param("id", id)
                .query((rs, n) -> new Header(
                        rs.getObject("id", UUID.class),
                        rs.getObject("clinic_id", UUID.class),
                        rs.getObject("patient_id", UUID.class),
                        rs.getObject("course_id", UUID.class),
                        rs.getObject("appointment_id", UUID.class),
                        SessionStatus.valueOf(rs.getString("status"))))
                .optional();
    }

    boolean existsForAppointment(UUID appointment) {
        return jdbc.sql("select exists (select 1 from treatment_session where appointment_id = :a)")
                .param("a", appointment)
                .query(Boolean.class)
                .single();
    }

    void insertSession(UUID id, UUID clinic, UUID appointment, UUID course, UUID patient, UUID by, Instant now) {
        jdbc.sql("""
                        insert into treatment_session (id, clinic_id, appointment_id, course_id, patient_id, created_by,
                            created_at)
                        values (:id, :clinic, :appointment, :course, :patient, :by, :now)
                        """)
                .param("id", id)
                .param("clinic", clinic)
                .param("appointment", appointment)
                .param("course", course)
                .param("patient", patient)
                .param("by", by)
                .param("now", ts(now))
                .update();
    }

    SessionRecord load(UUID id, CourseView course) {
        return jdbc.sql("select * from treatment_session where id = :id")
                .param("id", id)
                .query((rs, n) -> new SessionRecord(
                        id,
                        rs.getObject("clinic_id", UUID.class),
                        rs.getObject("appointment_id", UUID.class),
                        rs.getObject("patient_id", UUID.class),
                        SessionStatus.valueOf(rs.getString("status")),
                        instant(rs, "created_at"),
                        instant(rs, "signed_at"),
                        rs.getObject("signed_by", UUID.class),
                        course,
                        preCheck(id),
                        doses(id),
                        vitals(id),
                        flags(id),
                        scores(id),
                        events(id),
                        discharge(id),
                        amendments(id),
                        null,
                        null))
                .single();
    }

    private @Nullable PreCheckView preCheck(UUID id) {
        List<VitalsView> vitals = vitals(id);
        VitalsView baseline =
                vitals.stream().filter(VitalsView::baseline).findFirst().orElse(null);
        return jdbc.sql("select * from session_pre_check where session_id = :id")
                .param("id", id)
                .query((rs, n) -> new PreCheckView(
                        rs.getBigDecimal("weight_kg"),
                        rs.getBoolean("fasting"),
                        rs.getString("escort_name"),
                        rs.getString("escort_phone"),
                        baseline,
                        rs.getString("medication_changes"),
                        PregnancyTest.valueOf(rs.getString("pregnancy_test")),
                        intOrNull(rs, "phq9_item9"),
                        rs.getString("risk_assessment"),
                        instant(rs, "recorded_at")))
                .optional()
                .orElse(null);
    }

    private List<DoseView> doses(UUID id) {
        return jdbc.sql("select * from session_dose where session_id = :id order by start_at, recorded_at")
                .param("id", id)
                .query((rs, n) -> new DoseView(
                        rs.getObject("id", UUID.class),
                        Drug.valueOf(rs.getString("drug")),
                        Route.valueOf(rs.getString("route")),
                        rs.getBigDecimal("amount_mg"),
                        rs.getBigDecimal("mg_per_kg"),
                        rs.getBigDecimal("rate_mg_per_kg_per_hour"),
                        instant(rs, "start_at"),
                        instant(rs, "stop_at"),
                        rs.getString("lot"),
                        rs.getObject("lot_expires_on", LocalDate.class),
                        rs.getString("justification")))
                .list();
    }

    private List<VitalsView> vitals(UUID id) {
        return jdbc.sql("select * from session_vitals where session_id = :id order by at, id")
                .param("id", id)
                .query(SessionRecordRepository::vitalsView)
                .list();
    }

    private static VitalsView vitalsView(ResultSet rs, int n) throws SQLException {
        return new VitalsView(
                rs.getObject("id", UUID.class),
                rs.getBoolean("baseline"),
                instant(rs, "at"),
                rs.getInt("systolic"),
                rs.getInt("diastolic"),
                rs.getInt("heart_rate"),
                rs.getInt("spo2"),
                intOrNull(rs, "respiratory_rate"));
    }

    List<FlagView> flags(UUID id) {
        return jdbc.sql("""
                        select f.* from session_flag f join session_vitals v on v.id = f.vitals_id
                        where f.session_id = :id order by v.at, f.kind
                        """)
                .param("id", id)
                .query((rs, n) -> new FlagView(
                        rs.getObject("id", UUID.class),
                        rs.getObject("vitals_id", UUID.class),
                        FlagKind.valueOf(rs.getString("kind")),
                        rs.getInt("value"),
                        rs.getInt("threshold"),
                        rs.getString("note"),
                        instant(rs, "resolved_at")))
                .list();
    }

    private List<ScoreView> scores(UUID id) {
        return jdbc.sql("select * from session_score where session_id = :id order by at, id")
                .param("id", id)
                .query((rs, n) -> new ScoreView(
                        rs.getObject("id", UUID.class),
                        Instrument.valueOf(rs.getString("instrument")),
                        rs.getInt("value"),
                        Phase.valueOf(rs.getString("phase")),
                        instant(rs, "at")))
                .list();
    }

    private List<EventView> events(UUID id) {
        return jdbc.sql("select * from session_event where session_id = :id order by at, id")
                .param("id", id)
                .query((rs, n) -> new EventView(
                        rs.getObject("id", UUID.class),
                        EventKind.valueOf(rs.getString("kind")),
                        Severity.valueOf(rs.getString("severity")),
                        rs.getString("description"),
                        rs.getString("rescue_medication"),
                        instant(rs, "at")))
                .list();
    }

    private @Nullable DischargeView discharge(UUID id) {
        return jdbc.sql("select * from session_discharge where session_id = :id")
                .param("id", id)
                .query((rs, n) -> new DischargeView(
                        DischargeTool.valueOf(rs.getString("tool")),
                        rs.getInt("score"),
                        instant(rs, "at"),
                        rs.getBoolean("escort_confirmed"),
                        rs.getBoolean("instructions_given"),
                        rs.getString("justification")))
                .optional()
                .orElse(null);
    }

    private List<AmendmentView> amendments(UUID id) {
        return jdbc.sql("select * from session_amendment where session_id = :id order by created_at, id")
                .param("id", id)
                .query((rs, n) -> new AmendmentView(
                        rs.getObject("id", UUID.class),
                        Part.valueOf(rs.getString("part")),
                        rs.getString("reason"),
                        rs.getString("changes"),
                        rs.getObject("created_by", UUID.class),
                        instant(rs, "created_at")))
                .list();
    }

    @Nullable
    BigDecimal weight(UUID session) {
        return jdbc.sql("select weight_kg from session_pre_check where session_id = :id")
                .param("id", session)
                .query(BigDecimal.class)
                .optional()
                .orElse(null);
    }

    void upsertPreCheck(Header h, Inputs.PreCheck in, UUID by, Instant now) {
        jdbc.sql("delete from session_vitals where session_id = :id and baseline")
                .param("id", h.id())
                .update();
        jdbc.sql("""
                        insert into session_pre_check (session_id, clinic_id, weight_kg, fasting, escort_name,
                            escort_phone, medication_changes, pregnancy_test, phq9_item9, risk_assessment,
                            recorded_by, recorded_at)
                        values (:id, :clinic, :weight, :fasting, :escortName, :escortPhone, :meds, :pregnancy, :phq9,
                                :risk, :by, :now)
                        on conflict (session_id) do update set weight_kg = excluded.weight_kg,
                            fasting = excluded.fasting, escort_name = excluded.escort_name,
                            escort_phone = excluded.escort_phone, medication_changes = excluded.medication_changes,
                            pregnancy_test = excluded.pregnancy_test, phq9_item9 = excluded.phq9_item9,
                            risk_assessment = excluded.risk_assessment, recorded_by = excluded.recorded_by,
                            recorded_at = excluded.recorded_at
                        """)
                .param("id", h.id())
                .param("clinic", h.clinicId())
                .param("weight", in.weightKg())
                .param("fasting", in.fasting())
                .param("escortName", in.escortName())
                .param("escortPhone", in.escortPhone())
                .param("meds", in.medicationChanges())
                .param("pregnancy", in.pregnancyTest().name())
                .param("phq9", in.phq9Item9())
                .param("risk", in.riskAssessment())
                .param("by", by)
                .param("now", ts(now))
                .update();
    }

    void insertVitals(UUID id, Header h, boolean baseline, Inputs.Vitals in, Instant at, UUID by) {
        jdbc.sql("""
                        insert into session_vitals (id, session_id, clinic_id, baseline, at, systolic, diastolic,
                            heart_rate, spo2, respiratory_rate, recorded_by)
                        values (:id, :session, :clinic, :baseline, :at, :sys, :dia, :hr, :spo2, :rr, :by)
                        """)
                .param("id", id)
                .param("session", h.id())
                .param("clinic", h.clinicId())
                .param("baseline", baseline)
                .param("at", ts(at))
                .param("sys", in.systolic())
                .param("dia", in.diastolic())
                .param("hr", in.heartRate())
                .param("spo2", in.spo2())
                .param("rr", in.respiratoryRate())
                .param("by", by)
                .update();
    }

    void insertFlag(UUID id, Header h, UUID vitals, Thresholds.Breach breach) {
        jdbc.sql("""
                        insert into session_flag (id, session_id, clinic_id, vitals_id, kind, value, threshold)
                        values (:id, :session, :clinic, :vitals, :kind, :value, :threshold)
                        """)
                .param("id", id)
                .param("session", h.id())
                .param("clinic", h.clinicId())
                .param("vitals", vitals)
                .param("kind", breach.kind().name())
                .param("value", breach.value())
                .param("threshold", breach.threshold())
                .update();
    }

    /** Writes the note on an open flag of the session; false when there is no such open flag. */
    boolean resolveFlag(UUID session, UUID flag, String note, UUID by, Instant now) {
        return jdbc.sql("""
                        update session_flag set note = :note, resolved_by = :by, resolved_at = :now
                        where id = :flag and session_id = :session and resolved_at is null
                        """)
                        .param("note", note)
                        .param("by", by)
                        .param("now", ts(now))
                        .param("flag", flag)
                        .param("session", session)
                        .update()
                == 1;
    }

    boolean flagExists(UUID session, UUID flag) {
        return jdbc.sql("select exists (select 1 from session_flag where id = :flag and session_id = :session)")
                .param("flag", flag)
                .param("session", session)
                .query(Boolean.class)
                .single();
    }

    void insertDose(UUID id, Header h, Inputs.Dose in, BigDecimal mgPerKg, Instant start, UUID by, Instant now) {
        jdbc.sql("""
                        insert into session_dose (id, session_id, clinic_id, drug, route, amount_mg, mg_per_kg,
                            rate_mg_per_kg_per_hour, start_at, stop_at, lot, lot_expires_on, justification,
                            recorded_by, recorded_at)
                        values (:id, :session, :clinic, :drug, :route, :amount, :mgPerKg, :rate, :start, :stop, :lot,
                                :expires, :justification, :by, :now)
                        """)
                .param("id", id)
                .param("session", h.id())
                .param("clinic", h.clinicId())
                .param("drug", in.drug().name())
                .param("route", in.route().name())
                .param("amount", in.amountMg())
                .param("mgPerKg", mgPerKg)
                .param("rate", in.rateMgPerKgPerHour())
                .param("start", ts(start))
                .param("stop", ts(in.stopAt()))
                .param("lot", in.lot())
                .param("expires", in.lotExpiresOn())
                .param("justification", in.justification())
                .param("by", by)
                .param("now", ts(now))
                .update();
    }

    void insertScore(UUID id, Header h, Inputs.Score in, Instant at, UUID by) {
        jdbc.sql("""
                        insert into session_score (id, session_id, clinic_id, instrument, value, phase, at, recorded_by)
                        values (:id, :session, :clinic, :instrument, :value, :phase, :at, :by)
                        """)
                .param("id", id)
                .param("session", h.id())
                .param("clinic", h.clinicId())
                .param("instrument", in.instrument().name())
                .param("value", in.value())
                .param("phase", in.phase().name())
                .param("at", ts(at))
                .param("by", by)
                .update();
    }

    void insertEvent(UUID id, Header h, Inputs.Event in, Instant at, UUID by) {
        jdbc.sql("""
                        insert into session_event (id, session_id, clinic_id, kind, severity, description,
                            rescue_medication, at, recorded_by)
                        values (:id, :session, :clinic, :kind, :severity, :description, :rescue, :at, :by)
                        """)
                .param("id", id)
                .param("session", h.id())
                .param("clinic", h.clinicId())
                .param("kind", in.kind().name())
                .param("severity", in.severity().name())
                .param("description", in.description())
                .param("rescue", in.rescueMedication())
                .param("at", ts(at))
                .param("by", by)
                .update();
    }

    void upsertDischarge(Header h, Inputs.Discharge in, Instant at, UUID by) {
        jdbc.sql("""
                        insert into session_discharge (session_id, clinic_id, tool, score, at, escort_confirmed,
                            instructions_given, justification, recorded_by)
                        values (:session, :clinic, :tool, :score, :at, :escort, :instructions, :justification, :by)
                        on conflict (session_id) do update set tool = excluded.tool, score = excluded.score,
                            at = excluded.at, escort_confirmed = excluded.escort_confirmed,
                            instructions_given = excluded.instructions_given, justification = excluded.justification,
                            recorded_by = excluded.recorded_by
                        """)
                .param("session", h.id())
                .param("clinic", h.clinicId())
                .param("tool", in.tool().name())
                .param("score", in.score())
                .param("at", ts(at))
                .param("escort", in.escortConfirmed())
                .param("instructions", in.instructionsGiven())
                .param("justification", in.justification())
                .param("by", by)
                .update();
    }

    void sign(UUID session, UUID by, Instant now) {
        jdbc.sql("update treatment_session set status = 'SIGNED', signed_by = :by, signed_at = :now where id = :id")
                .param("by", by)
                .param("now", ts(now))
                .param("id", session)
                .update();
    }

    void insertAmendment(UUID id, Header h, Inputs.Amendment in, UUID by, Instant now) {
        jdbc.sql("""
                        insert into session_amendment (id, session_id, clinic_id, part, reason, changes, created_by,
                            created_at)
                        values (:id, :session, :clinic, :part, :reason, cast(:changes as jsonb), :by, :now)
                        """)
                .param("id", id)
                .param("session", h.id())
                .param("clinic", h.clinicId())
                .param("part", in.part().name())
                .param("reason", in.reason())
                .param("changes", in.changes().toString())
                .param("by", by)
                .param("now", ts(now))
                .update();
    }

    Optional<Instant> remsSubmittedAt(UUID session) {
        return jdbc.sql("select submitted_at from rems_form where session_id = :id")
                .param("id", session)
                .query((rs, n) -> instant(rs, "submitted_at"))
                .optional();
    }

    void submitRems(Header h, UUID by, Instant now) {
        jdbc.sql("""
                        insert into rems_form (session_id, clinic_id, submitted_by, submitted_at)
                        values (:id, :clinic, :by, :now) on conflict (session_id) do nothing
                        """)
                .param("id", h.id())
                .param("clinic", h.clinicId())
                .param("by", by)
                .param("now", ts(now))
                .update();
    }

    /** Esketamine sessions of a clinic with a dose, and whether their form was submitted, newest first. */
    List<UUID> remsSessions(UUID clinic, boolean submitted, int limit) {
        return jdbc.sql("""
                        select s.id from treatment_session s
                        join treatment_course c on c.id = s.course_id and c.route = 'INTRANASAL_ESKETAMINE'
                        left join rems_form f on f.session_id = s.id
                        where s.clinic_id = :clinic and (f.session_id is not null) = :submitted
                          and exists (select 1 from session_dose d where d.session_id = s.id)
                        order by s.created_at desc limit :limit
                        """)
                .param("clinic", clinic)
                .param("submitted", submitted)
                .param("limit", limit)
                .query(UUID.class)
                .list();
    }

    List<UUID> signedSessionsOfPatient(UUID patient) {
        return jdbc.sql("""
                        select id from treatment_session where patient_id = :patient and status = 'SIGNED'
                        order by signed_at limit 500
                        """).param("patient", patient).query(UUID.class).list();
    }
}
