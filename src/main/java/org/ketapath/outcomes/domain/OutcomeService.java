package org.ketapath.outcomes.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
import org.ketapath.outcomes.OutcomeWindow;
import org.ketapath.outcomes.PatientOutcomes;
import org.ketapath.treatment.TreatmentApi;
import org.ketapath.treatment.TreatmentApi.CourseSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient's outcomes: the windows of their diary around the first session of their course (the latest migraine
 * course with a dose given, else the latest course with one), computed by {@link OutcomeRules}.
 */
@Service
public class OutcomeService {

    static final String TYPE = "Outcomes";

    private final DiaryRepository diary;
    private final DiaryService diaries;
    private final TreatmentApi treatment;
    private final AuditTrail audit;
    private final OutcomesClock clock;

    OutcomeService(
            DiaryRepository diary,
            DiaryService diaries,
            TreatmentApi treatment,
            AuditTrail audit,
            OutcomesClock clock) {
        this.diary = diary;
        this.diaries = diaries;
        this.treatment = treatment;
        this.audit = audit;
        this.clock = clock;
    }

    /** The patient's own outcomes (audited as their read). */
    @Transactional(readOnly = true)
    public PatientOutcomes forPatient(UUID patient) {
        PatientOutcomes outcomes = compute(patient, courseOf(treatment.courseSummaries(patient), null));
        audit.record(AuditEvent.success("READ", TYPE, null, patient));
        return outcomes;
    }

    /** The patient's outcomes for their course at this clinic; the caller checks consent and audits. */
    @Transactional(readOnly = true)
    public PatientOutcomes atClinic(UUID patient, UUID clinic) {
        return compute(patient, courseOf(treatment.courseSummaries(patient), clinic));
    }

    /** Outcomes from a course summary already loaded (the clinic's aggregate). */
    PatientOutcomes compute(UUID patient, Optional<CourseSummary> course) {
        if (course.isEmpty() || course.get().firstDoseAt() == null) {
            return new PatientOutcomes(null, null, List.of(), null, List.of());
        }
        ZoneId zone = diaries.zone(patient);
        LocalDate first = LocalDate.ofInstant(course.get().firstDoseAt(), zone);
        Map<LocalDate, DiaryDay> days = diary.days(
                patient,
                first.minusDays(OutcomeRules.WINDOW_DAYS),
                first.plusDays((long) OutcomeRules.WINDOW_DAYS * OutcomeRules.FOLLOW_UP_WINDOWS));
        List<OutcomeWindow> windows = OutcomeRules.windows(first, days, clock.today(zone));
        OutcomeWindow baseline = windows.get(0);
        List<OutcomeWindow> followUp = windows.subList(1, windows.size());
        return new PatientOutcomes(
                first, baseline, List.copyOf(followUp), OutcomeRules.responder50(baseline, followUp.get(0)), List.of());
    }

    /** The course outcomes are measured around: migraine first, then the latest with a dose given. */
    static Optional<CourseSummary> courseOf(
            List<CourseSummary> courses, @org.jspecify.annotations.Nullable UUID clinic) {
        Comparator<CourseSummary> order = Comparator.comparing(
                        (CourseSummary c) -> c.condition().equals("MIGRAINE"))
                .thenComparing(CourseSummary::firstDoseAt);
        return courses.stream()
                .filter(c -> c.firstDoseAt() != null)
                .filter(c -> clinic == null || c.clinicId().equals(clinic))
                .max(order);
    }
}
