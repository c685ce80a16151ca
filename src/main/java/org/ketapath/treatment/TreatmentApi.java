package org.ketapath.treatment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What other modules may ask of treatment records. */
public interface TreatmentApi {

    /**
     * Everything treatment holds about the patient, for their data export: {@code courses} (with consent) and
     * {@code sessions} (each signed record whole, as {@code GET /api/v1/sessions/{id}} shows it to the clinic).
     * The values are plain records that serialise to JSON.
     */
    Map<String, Object> exportOf(UUID patientId);

    /**
     * The clinic's Spravato REMS Patient Monitoring Forms still to file (esketamine sessions with a dose whose
     * form was not submitted), soonest due first, for its staff's home page; the caller has checked that the
     * reader works for the clinic. Audited as a read for the clinic.
     */
    List<RemsFormDue> remsFormsDue(UUID clinicId);

    /**
     * A REMS form still to file.
     *
     * @param sessionId the session it reports
     * @param appointmentId the visit
     * @param patientId the patient
     * @param dueBy 7 days after the dose
     * @param overdue whether that day has passed
     * @param signed whether the session record is signed (a form is filed from a signed record)
     */
    record RemsFormDue(
            UUID sessionId,
            UUID appointmentId,
            UUID patientId,
            @Nullable Instant dueBy,
            boolean overdue,
            boolean signed) {}

    /**
     * The patient's courses, oldest first, each with its first dose and its signed sessions' pain scores (for
     * outcome windows and session responder rates). Not audited here: the caller records what it shows.
     */
    List<CourseSummary> courseSummaries(UUID patientId);

    /** {@link #courseSummaries} for every course at the clinic (at most 5,000, oldest first); the caller audits. */
    List<CourseSummary> courseSummariesAt(UUID clinicId);

    /**
     * A course as outcomes need it.
     *
     * @param condition MIGRAINE, DEPRESSION, ANXIETY, OCD, BIPOLAR_DEPRESSION, CHRONIC_PAIN or PTSD
     * @param firstDoseAt when the first dose of the course was given (its first treatment session); null before
     * @param signedSessions the course's signed sessions, first dose first
     */
    record CourseSummary(
            UUID courseId,
            UUID clinicId,
            UUID patientId,
            String condition,
            @Nullable Instant firstDoseAt,
            List<SessionPain> signedSessions) {}

    /**
     * A signed session's pain on the 0-10 scale: the first score before and the last after (at discharge).
     *
     * @param doseAt its first dose, if any
     */
    record SessionPain(
            UUID sessionId,
            @Nullable Instant doseAt,
            @Nullable Integer before,
            @Nullable Integer after) {}

    /**
     * Starts an IV ketamine course and has the patient accept the clinic's consent text (publishing a first text
     * when the clinic has none), through the same checks as the API. For demo data: the caller vouches that the
     * clinician works for the clinic, and that the patient typed their name.
     *
     * @return the course id
     */
    UUID startIvCourseForDemo(
            UUID clinicianId,
            UUID clinicId,
            UUID patientId,
            String condition,
            String icd10,
            BigDecimal doseMgPerKg,
            BigDecimal rateMgPerKgPerHour,
            int plannedSessions,
            String patientFullName);

    /**
     * Documents a completed IV infusion of a past appointment and signs it, part by part through the same checks as
     * the API (pre-check with baseline vitals, dose with start and stop, vitals every 15 minutes, MOAA/S, CADSS-6,
     * pain before and after, Aldrete discharge). For demo data: the caller vouches that the clinician works for the
     * appointment's clinic.
     *
     * @return the session id
     */
    UUID documentPastInfusionForDemo(PastInfusion infusion);

    /**
     * A past IV infusion to document.
     *
     * @param start when the infusion started; it stopped {@code minutes} later and discharge followed 30 minutes on
     * @param painBefore pain 0-10 at the start
     * @param painAfter pain 0-10 at discharge
     */
    record PastInfusion(
            UUID clinicianId,
            UUID appointmentId,
            UUID courseId,
            BigDecimal weightKg,
            BigDecimal amountMg,
            BigDecimal rateMgPerKgPerHour,
            String lot,
            LocalDate lotExpiresOn,
            Instant start,
            int minutes,
            int painBefore,
            int painAfter,
            String escortName,
            String escortPhone) {}
}
