package org.ketapath.outcomes.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
import org.ketapath.identity.ConsentApi;
import org.ketapath.outcomes.ClinicOutcomes;
import org.ketapath.outcomes.PatientOutcomes;
import org.ketapath.treatment.TreatmentApi;
import org.ketapath.treatment.TreatmentApi.CourseSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A clinic's outcomes per condition: courses started, follow-up completion and 50% responders from the diaries
 * of patients who share them with the clinic (Wilson 95% intervals), and the session responder rate from the
 * clinic's own signed treatment records.
 */
@Service
public class ClinicOutcomesService {

    /** A session responder: pain down by at least this many points at discharge (Schwenk 2018). */
    static final int SESSION_RESPONSE_POINTS = 2;

    private final TreatmentApi treatment;
    private final OutcomeService outcomes;
    private final ConsentApi consents;
    private final DiaryService diary;
    private final AuditTrail audit;
    private final OutcomesClock clock;

    ClinicOutcomesService(
            TreatmentApi treatment,
            OutcomeService outcomes,
            ConsentApi consents,
            DiaryService diary,
            AuditTrail audit,
            OutcomesClock clock) {
        this.treatment = treatment;
        this.outcomes = outcomes;
        this.consents = consents;
        this.diary = diary;
        this.audit = audit;
        this.clock = clock;
    }

    /** One patient's course and outcomes, as the aggregates need them. */
    record PatientResult(UUID patient, String condition, boolean windowOneEnded, PatientOutcomes outcomes) {}

    /** The clinic's outcomes for its staff (the caller checked that the reader works for the clinic). */
    @Transactional(readOnly = true)
    public ClinicOutcomes forStaff(UUID staffId, UUID clinicId) {
        ClinicOutcomes result =
                compute(clinicId, patient -> consents.mayAccess(staffId, clinicId, patient, ConsentApi.Scope.DIARY));
        audit.record(AuditEvent.success("READ", "ClinicOutcomes", clinicId.toString(), null)
                .forClinic(clinicId));
        return result;
    }

    /** Computes the clinic's numbers counting the diaries of the patients {@code counted} accepts. */
    ClinicOutcomes compute(UUID clinicId, java.util.function.Predicate<UUID> counted) {
        List<CourseSummary> courses = treatment.courseSummariesAt(clinicId);
        Map<String, List<CourseSummary>> byCondition = new LinkedHashMap<>();
        for (CourseSummary c : courses) {
            byCondition.computeIfAbsent(c.condition(), k -> new ArrayList<>()).add(c);
        }
        List<ClinicOutcomes.Condition> out = new ArrayList<>();
        byCondition.forEach((condition, list) -> out.add(condition(condition, list, counted)));
        return new ClinicOutcomes(clinicId, clock.now(), out);
    }

    private ClinicOutcomes.Condition condition(
            String condition, List<CourseSummary> courses, java.util.function.Predicate<UUID> counted) {
        Map<UUID, CourseSummary> latest = new LinkedHashMap<>();
        for (CourseSummary c : courses) {
            if (c.firstDoseAt() != null) {
                latest.merge(c.patientId(), c, (a, b) -> b.firstDoseAt().isAfter(a.firstDoseAt()) ? b : a);
            }
        }
        int sharing = 0;
        int valid = 0;
        int responders = 0;
        int decided = 0;
        for (CourseSummary c : latest.values()) {
            if (!counted.test(c.patientId())) {
                continue;
            }
            ZoneId zone = diary.zone(c.patientId());
            LocalDate first = LocalDate.ofInstant(c.firstDoseAt(), zone);
            if (!first.plusDays(OutcomeRules.WINDOW_DAYS).isBefore(clock.today(zone))) {
                continue; // follow-up window 1 has not ended: neither complete nor incomplete yet
            }
            sharing++;
            PatientOutcomes o = outcomes.compute(c.patientId(), Optional.of(c));
            if (o.baseline() != null
                    && o.baseline().valid()
                    && o.windows().get(0).valid()) {
                valid++;
            }
            if (o.responder50() != null) {
                decided++;
                if (o.responder50()) {
                    responders++;
                }
            }
        }
        int sessions = 0;
        int sessionResponders = 0;
        for (CourseSummary c : courses) {
            for (var s : c.signedSessions()) {
                if (s.before() != null && s.after() != null) {
                    sessions++;
                    if (s.before() - s.after() >= SESSION_RESPONSE_POINTS) {
                        sessionResponders++;
                    }
                }
            }
        }
        return new ClinicOutcomes.Condition(
                condition,
                latest.size(),
                sharing,
                valid,
                sharing == 0 ? null : Wilson.rate(valid, sharing),
                responders,
                decided,
                decided == 0 ? null : Wilson.rate(responders, decided),
                decided == 0 ? null : Wilson.ci95(responders, decided),
                new ClinicOutcomes.SessionResponders(
                        sessions,
                        sessionResponders,
                        sessions == 0 ? null : Wilson.rate(sessionResponders, sessions),
                        sessions == 0 ? null : Wilson.ci95(sessionResponders, sessions)));
    }
}
