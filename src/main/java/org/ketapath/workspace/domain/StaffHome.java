package org.ketapath.workspace.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
import org.ketapath.directory.ClinicDirectory;
import org.ketapath.identity.ConsentApi;
import org.ketapath.outcomes.OutcomesApi;
import org.ketapath.scheduling.ClinicResources;
import org.ketapath.scheduling.ClinicVisits;
import org.ketapath.scheduling.PatientNames;
import org.ketapath.treatment.TreatmentApi;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A clinic's home page for one staff member: today's visits in time order, the intakes awaiting review, the
 * Spravato REMS forms still to file, and what happened to bookings since their last visit to the page (the last 7
 * days on a first visit). Opening it
 * moves their "last visit" on.
 */
@Service
public class StaffHome {

    /** What a first visit shows as new. */
    static final Duration FIRST_VISIT_WINDOW = Duration.ofDays(7);

    private final ClinicDirectory clinics;
    private final ClinicVisits visits;
    private final ClinicResources resources;
    private final PatientNames patientNames;
    private final ClinicNotices notices;
    private final IntakeReviews reviews;
    private final ConsentApi consents;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final WorkspaceClock clock;
    private final TreatmentApi treatment;
    private final OutcomesApi outcomes;

    StaffHome(
            ClinicDirectory clinics,
            ClinicVisits visits,
            ClinicResources resources,
            PatientNames patientNames,
            ClinicNotices notices,
            IntakeReviews reviews,
            ConsentApi consents,
            AuditTrail audit,
            JdbcClient jdbc,
            WorkspaceClock clock,
            TreatmentApi treatment,
            OutcomesApi outcomes) {
        this.treatment = treatment;
        this.outcomes = outcomes;
        this.clinics = clinics;
        this.visits = visits;
        this.resources = resources;
        this.patientNames = patientNames;
        this.notices = notices;
        this.reviews = reviews;
        this.consents = consents;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The home page.
     *
     * @param lastVisit the staff member's previous visit to the page, null on a first visit
     * @param newSince what "new" counts from
     */
    public record Home(
            ClinicDirectory.ClinicCard clinic,
            ZoneId zone,
            LocalDate today,
            List<TodayVisit> visits,
            List<AwaitingReview> awaitingReview,
            List<ClinicNotices.Notice> notices,
            @Nullable Instant lastVisit,
            Instant newSince,
            List<RemsDue> remsDue,
            List<SelfHarm> selfHarm) {}

    /** A PHQ-9 answered with item 9 (thoughts of self-harm) above 0 in the last 30 days: to follow up first. */
    public record SelfHarm(UUID patientId, String patient, LocalDate answeredOn, int item9) {}

    /** A Spravato REMS Patient Monitoring Form still to file. */
    public record RemsDue(
            UUID patientId, String patient, @Nullable Instant dueBy, boolean overdue, boolean signed) {}

    /** A visit of today, with who and what in words. */
    public record TodayVisit(
            UUID id,
            UUID patientId,
            String patient,
            Instant start,
            String service,
            String practitioner,
            String status) {}

    /** An intake a clinician has not decided on yet, with the visit it was shared for. */
    public record AwaitingReview(
            UUID assessmentId, UUID patientId, String patient, Instant visitStart, String service) {}

    /** The home page, or empty for a clinic that does not exist; records this visit to it. */
    @Transactional
    public Optional<Home> open(UUID staffId, UUID clinicId) {
        Optional<ClinicDirectory.ClinicCard> clinic = clinics.find(clinicId);
        if (clinic.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.now();
        ZoneId zone = visits.zoneOf(clinicId).orElse(ZoneId.of(clinic.get().timezone()));
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<ClinicVisits.Visit> todays = visits.between(
                clinicId,
                today.atStartOfDay(zone).toInstant(),
                today.plusDays(1).atStartOfDay(zone).toInstant());
        List<ClinicVisits.Visit> shared = visits.withSharedAssessment(clinicId, now, 200);
        List<TreatmentApi.RemsFormDue> forms = treatment.remsFormsDue(clinicId);
        List<OutcomesApi.SelfHarmAnswer> selfHarm = outcomes.selfHarmAnswers(clinicId);
        Set<UUID> patients = new HashSet<>();
        selfHarm.forEach(a -> patients.add(a.patientId()));
        todays.forEach(v -> patients.add(v.patientId()));
        shared.forEach(v -> patients.add(v.patientId()));
        forms.forEach(f -> patients.add(f.patientId()));
        Map<UUID, String> names = patientNames.namesOf(patients);
        Map<UUID, String> practitioners = new HashMap<>();
        resources.practitioners(clinicId).forEach(p -> practitioners.put(p.id(), p.name()));

        List<TodayVisit> visitsToday = todays.stream()
                .map(v -> new TodayVisit(
                        v.id(),
                        v.patientId(),
                        names.getOrDefault(v.patientId(), "Patient (account closed)"),
                        v.start(),
                        v.service().label(),
                        practitioners.getOrDefault(v.practitionerId(), "A practitioner"),
                        v.statusLabel()))
                .toList();
        List<AwaitingReview> awaiting = awaiting(staffId, clinicId, shared, names);

        Instant lastVisit = lastVisit(staffId, clinicId);
        Instant since = lastVisit != null ? lastVisit : now.minus(FIRST_VISIT_WINDOW);
        List<ClinicNotices.Notice> recent = notices.since(clinicId, since, 50);
        recordVisit(staffId, clinicId, now);
        audit.record(
                new AuditEvent("READ", "Appointment", "home:" + today, null, clinicId, AuditEvent.Outcome.SUCCESS));
        List<RemsDue> rems = forms.stream()
                .map(f -> new RemsDue(
                        f.patientId(),
                        names.getOrDefault(f.patientId(), "Patient (account closed)"),
                        f.dueBy(),
                        f.overdue(),
                        f.signed()))
                .toList();
        List<SelfHarm> harm = selfHarm.stream()
                .map(a -> new SelfHarm(
                        a.patientId(),
                        names.getOrDefault(a.patientId(), "Patient (account closed)"),
                        a.answeredOn(),
                        a.item9()))
                .toList();
        return Optional.of(
                new Home(clinic.get(), zone, today, visitsToday, awaiting, recent, lastVisit, since, rems, harm));
    }

    private List<AwaitingReview> awaiting(
            UUID staffId, UUID clinicId, List<ClinicVisits.Visit> shared, Map<UUID, String> names) {
        Map<UUID, IntakeReviews.Review> decided = reviews.latest(
                clinicId, shared.stream().map(ClinicVisits.Visit::assessmentId).toList());
        List<AwaitingReview> awaiting = new ArrayList<>();
        Set<UUID> listed = new HashSet<>();
        for (ClinicVisits.Visit v : shared) {
            UUID assessment = v.assessmentId();
            if (assessment == null
                    || decided.containsKey(assessment)
                    || !listed.add(assessment)
                    || !consents.mayAccess(staffId, clinicId, v.patientId(), ConsentApi.Scope.ASSESSMENT_RESULTS)) {
                continue;
            }
            awaiting.add(new AwaitingReview(
                    assessment,
                    v.patientId(),
                    names.getOrDefault(v.patientId(), "Patient (account closed)"),
                    v.start(),
                    v.service().label()));
        }
        return awaiting;
    }

    private @Nullable Instant lastVisit(UUID staffId, UUID clinicId) {
        return jdbc.sql("select seen_at from staff_home_visit where account_id = :a and clinic_id = :c")
                .param("a", staffId)
                .param("c", clinicId)
                .query(OffsetDateTime.class)
                .optional()
                .map(OffsetDateTime::toInstant)
                .orElse(null);
    }

    private void recordVisit(UUID staffId, UUID clinicId, Instant now) {
        jdbc.sql("""
                        insert into staff_home_visit (account_id, clinic_id, seen_at) values (:a, :c, :now)
                        on conflict (account_id, clinic_id) do update set seen_at = excluded.seen_at
                        """)
                .param("a", staffId)
                .param("c", clinicId)
                .param("now", ClinicNotices.utc(now))
                .update();
    }

    /** The clinics of a staff member that exist, by name (for the chooser). */
    @Transactional(readOnly = true)
    public List<ClinicDirectory.ClinicCard> clinicsOf(Set<UUID> clinicIds) {
        return clinics.findAll(clinicIds);
    }
}
