package org.ketapath.treatment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
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
     * The signed session records of these appointments (appointments without one, or whose record is not signed,
     * are left out), with what billing needs: the course's ICD-10-CM code, every dose and the discharge time. The
     * caller has checked who may see them and audits the use it makes of them.
     */
    List<SignedSession> signedSessions(Collection<UUID> appointmentIds);

    /**
     * A signed session record as billing reads it.
     *
     * @param sessionId the record
     * @param appointmentId the visit it documents
     * @param clinicId the clinic
     * @param patientId the patient
     * @param icd10 the course's ICD-10-CM code
     * @param signedAt when it was signed
     * @param doses the doses given, in the order given
     * @param dischargeAt when the patient was discharged, if recorded
     */
    record SignedSession(
            UUID sessionId,
            UUID appointmentId,
            UUID clinicId,
            UUID patientId,
            String icd10,
            Instant signedAt,
            List<Dose> doses,
            @Nullable Instant dischargeAt) {

        public SignedSession {
            doses = List.copyOf(doses);
        }
    }

    /**
     * A dose given.
     *
     * @param drug KETAMINE or ESKETAMINE
     * @param route IV, IM, INTRANASAL_ESKETAMINE or ORAL_OR_SUBLINGUAL_AT_HOME
     * @param amountMg the amount in milligrams
     * @param start when it started
     * @param stop when it stopped (an infusion's end), if recorded
     */
    record Dose(
            String drug,
            String route,
            BigDecimal amountMg,
            Instant start,
            @Nullable Instant stop) {}
}
