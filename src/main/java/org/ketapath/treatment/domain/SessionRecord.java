package org.ketapath.treatment.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A whole session record as read back (the JSON of {@code GET /api/v1/sessions/{id}}). */
public record SessionRecord(
        UUID id,
        UUID clinicId,
        UUID appointmentId,
        UUID patientId,
        SessionStatus status,
        Instant createdAt,
        @Nullable Instant signedAt,
        @Nullable UUID signedBy,
        CourseView course,
        @Nullable PreCheckView preCheck,
        List<DoseView> doses,
        List<VitalsView> vitals,
        List<FlagView> flags,
        List<ScoreView> scores,
        List<EventView> events,
        @Nullable DischargeView discharge,
        List<AmendmentView> amendments,
        @Nullable VitalsDue vitalsDue,
        @Nullable Rems rems) {

    public record CourseView(
            UUID id,
            UUID clinicId,
            UUID patientId,
            Condition condition,
            String icd10,
            Route route,
            @Nullable BigDecimal doseMgPerKg,
            @Nullable BigDecimal fixedDoseMg,
            @Nullable BigDecimal rateMgPerKgPerHour,
            int plannedSessions,
            Instant createdAt,
            @Nullable Instant consentAcceptedAt,
            @Nullable Integer consentTextVersion) {}

    public record PreCheckView(
            BigDecimal weightKg,
            boolean fasting,
            @Nullable String escortName,
            @Nullable String escortPhone,
            @Nullable VitalsView baseline,
            @Nullable String medicationChanges,
            PregnancyTest pregnancyTest,
            @Nullable Integer phq9Item9,
            @Nullable String riskAssessment,
            Instant recordedAt) {}

    public record DoseView(
            UUID id,
            Drug drug,
            Route route,
            BigDecimal amountMg,
            BigDecimal mgPerKg,
            @Nullable BigDecimal rateMgPerKgPerHour,
            Instant startAt,
            @Nullable Instant stopAt,
            String lot,
            LocalDate lotExpiresOn,
            @Nullable String justification) {}

    public record VitalsView(
            UUID id,
            boolean baseline,
            Instant at,
            int systolic,
            int diastolic,
            int heartRate,
            int spo2,
            @Nullable Integer respiratoryRate) {}

    public record FlagView(
            UUID id,
            UUID vitalsId,
            FlagKind kind,
            int value,
            int threshold,
            @Nullable String note,
            @Nullable Instant resolvedAt) {

        public boolean open() {
            return resolvedAt == null;
        }
    }

    public record ScoreView(UUID id, Instrument instrument, int value, Phase phase, Instant at) {}

    public record EventView(
            UUID id,
            EventKind kind,
            Severity severity,
            @Nullable String description,
            @Nullable String rescueMedication,
            Instant at) {}

    public record DischargeView(
            DischargeTool tool,
            int score,
            Instant at,
            boolean escortConfirmed,
            boolean instructionsGiven,
            @Nullable String justification) {}

    public record AmendmentView(UUID id, Part part, String reason, String changes, UUID createdBy, Instant createdAt) {}

    /** When the next reading is due, and whether it is overdue now (only between first dose and discharge). */
    public record VitalsDue(Instant dueAt, boolean overdue) {}

    /**
     * What the Spravato REMS Patient Monitoring Form needs (FDA REMS 386), for esketamine sessions.
     *
     * @param minutesObserved from the first dose to discharge (at least 120)
     * @param bloodPressureBeforeDosing a reading at or before the first dose
     * @param bloodPressureAt40Minutes a reading 30 to 50 minutes after the first dose
     * @param bloodPressureAtDischarge a reading within 15 minutes before discharge
     * @param deepestSedation the lowest MOAA/S score (5 alert ... 0 unresponsive), if scored
     * @param highestDissociation the highest CADSS-6 score, if scored
     * @param respiratoryDepression an event of respiratory depression, or a rate below the threshold
     * @param readyToLeaveAt the discharge time
     * @param seriousAdverseEvents severe events, by kind
     * @param formDueBy the form is due within 7 days of the session
     * @param formSubmittedAt when the clinic marked the form submitted
     */
    public record Rems(
            @Nullable Long minutesObserved,
            boolean bloodPressureBeforeDosing,
            boolean bloodPressureAt40Minutes,
            boolean bloodPressureAtDischarge,
            @Nullable Integer deepestSedation,
            @Nullable Integer highestDissociation,
            boolean respiratoryDepression,
            @Nullable Instant readyToLeaveAt,
            List<EventKind> seriousAdverseEvents,
            @Nullable Instant formDueBy,
            @Nullable Instant formSubmittedAt) {}

    SessionRecord withDerived(@Nullable VitalsDue due, @Nullable Rems remsView) {
        return new SessionRecord(
                id,
                clinicId,
                appointmentId,
                patientId,
                status,
                createdAt,
                signedAt,
                signedBy,
                course,
                preCheck,
                doses,
                vitals,
                flags,
                scores,
                events,
                discharge,
                amendments,
                due,
                remsView);
    }

    /** Readings taken during the session (not the pre-check baseline). */
    public List<VitalsView> sessionReadings() {
        return vitals.stream().filter(v -> !v.baseline()).toList();
    }

    public @Nullable Instant firstDoseAt() {
        return doses.stream().map(DoseView::startAt).min(Instant::compareTo).orElse(null);
    }

    public boolean esketamine() {
        return course.route() == Route.INTRANASAL_ESKETAMINE;
    }
}
