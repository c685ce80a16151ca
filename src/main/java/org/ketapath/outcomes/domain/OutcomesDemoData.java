package org.ketapath.outcomes.domain;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.ketapath.identity.ConsentApi;
import org.ketapath.identity.IdentityApi;
import org.ketapath.platform.DemoData;
import org.ketapath.scheduling.SchedulingApi;
import org.ketapath.scheduling.ServiceType;
import org.ketapath.treatment.TreatmentApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo outcomes: {@value #PATIENTS} fictional patients of the demo clinic (patient1 ... patient28), each sharing
 * their diary with it, each with 120 days of headache diary up to yesterday (the 120 days; today is left for the patient to enter) around a course of 6 IV infusions:
 * completed appointments (through scheduling) with signed session records (through treatment: pre-check, dose
 * with start and stop, vitals every 15 minutes, sedation, dissociation, pain before and after, discharge). The
 * first infusion falls 52 to 91 days ago, so baseline and follow-up window 1 lie inside the diary. Responses vary
 * (about half are 50% responders, clearly either way); three patients have gaps that invalidate a window. All share their diary with the clinic
 * and all but two agree to be counted in its published results; the clinic publishes them. Everything is generated
 * from fixed seeds relative to today. Idempotent: a patient who already has a course at the clinic is skipped.
 */
@Component
@DemoData
@Order(500)
class OutcomesDemoData implements ApplicationRunner {

    static final int PATIENTS = 28;
    static final UUID CLINIC = DemoData.Clinics.PHILADELPHIA;
    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final int DIARY_DAYS = 120;

    /** Patients whose diary has a gap: 6 (baseline), 13 and 20 (follow-up window 1). */
    static final List<Integer> GAPS = List.of(6, 13, 20);

    /** Patients who share their diary but did not agree to be counted in the published results. */
    static final List<Integer> NOT_COUNTED = List.of(6, 20);

    private static final Logger log = LoggerFactory.getLogger(OutcomesDemoData.class);

    private final IdentityApi identity;
    private final ConsentApi consents;
    private final SchedulingApi scheduling;
    private final TreatmentApi treatment;
    private final DiaryRepository diary;
    private final OutcomesClock clock;
    private final OutcomesPublication publication;

    OutcomesDemoData(
            IdentityApi identity,
            ConsentApi consents,
            SchedulingApi scheduling,
            TreatmentApi treatment,
            DiaryRepository diary,
            OutcomesClock clock,
            OutcomesPublication publication) {
        this.publication = publication;
        this.identity = identity;
        this.consents = consents;
        this.scheduling = scheduling;
        this.treatment = treatment;
        this.diary = diary;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<UUID> clinician = identity.demoAccountId("clinician@demo.ketapath.test");
        if (clinician.isEmpty()) {
            log.warn("Demo outcomes skipped: the demo clinician account is missing");
            return;
        }
        LocalDate today = clock.today(ZONE);
        int created = 0;
        for (int k = 1; k <= PATIENTS; k++) {
            Optional<UUID> patient = identity.demoAccountId("patient" + k + "@demo.ketapath.test");
            if (patient.isEmpty() || hasCourseHere(patient.get())) {
                continue;
            }
            if (load(k, patient.get(), clinician.get(), today)) {
                created++;
            }
        }
        if (created > 0) {
            log.info("Demo outcomes created for {} patients", created);
        }
        if (publication.choice(CLINIC).isEmpty()) {
            publication.choose(CLINIC, true, clinician.get());
        }
    }

    private boolean hasCourseHere(UUID patient) {
        return treatment.courseSummaries(patient).stream()
                .anyMatch(c -> c.clinicId().equals(CLINIC));
    }

    /** One patient's course, infusions and diary; false when the clinic's schedule could not take the visits. */
    private boolean load(int k, UUID patient, UUID clinician, LocalDate today) {
        Profile p = Profile.of(k);
        List<Instant> starts = infusionStarts(k, today);
        List<UUID> visits = new ArrayList<>();
        for (Instant start : starts) {
            Optional<UUID> visit = bookPast(patient, start);
            if (visit.isEmpty()) {
                log.warn("Demo outcomes: no free chair for demo patient {}; skipped", k);
                return false;
            }
            visits.add(visit.get());
        }
        consents.grant(patient, CLINIC, ConsentApi.Scope.DIARY);
        if (!NOT_COUNTED.contains(k)) {
            consents.grant(patient, CLINIC, ConsentApi.Scope.PUBLISHED_RESULTS);
        }
        UUID course = treatment.startIvCourseForDemo(
                clinician,
                CLINIC,
                patient,
                "MIGRAINE",
                k % 3 == 0 ? "G43.719" : "G43.709",
                new BigDecimal("0.5"),
                new BigDecimal("0.5"),
                6,
                "Demo Patient" + k);
        Random random = new Random(1000L + k);
        for (int i = 0; i < visits.size(); i++) {
            int before = 5 + random.nextInt(4);
            int drop = Math.max(0, Math.min(before, p.sessionDrop() + random.nextInt(3) - 1));
            BigDecimal weight = BigDecimal.valueOf(55 + (k * 7) % 40);
            treatment.documentPastInfusionForDemo(new TreatmentApi.PastInfusion(
                    clinician,
                    visits.get(i),
                    course,
                    weight,
                    weight.multiply(new BigDecimal("0.375")).setScale(1, java.math.RoundingMode.HALF_UP),
                    new BigDecimal("0.5"),
                    "KET-" + (240100 + k),
                    LocalDate.of(2028, 6, 30),
                    starts.get(i).plusSeconds(10 * 60),
                    45,
                    before,
                    before - drop,
                    "Demo Escort" + k,
                    "+1 215 555 01" + String.format("%02d", k)));
        }
        LocalDate first = LocalDate.ofInstant(starts.get(0), ZONE);
        diary.saveSettings(patient, new DiaryRepository.Settings(ZONE, null), null, clock.now());
        for (DiaryDay day : DemoDiary.days(k, p, first, today.minusDays(DIARY_DAYS), today.minusDays(1))) {
            diary.upsert(patient, ZONE, day, clock.now());
        }
        return true;
    }

    /** A past infusion visit on a weekday, trying the hours of the day until a chair and nurse are free. */
    private Optional<UUID> bookPast(UUID patient, Instant preferred) {
        for (int hour = 0; hour < 7; hour++) {
            Instant start = preferred.plusSeconds(3600L * hour);
            LocalTime local = start.atZone(ZONE).toLocalTime();
            if (local.isAfter(LocalTime.of(15, 0))) {
                start = start.minusSeconds(3600L * 7);
            }
            Optional<UUID> visit = scheduling.recordPastVisitForDemo(CLINIC, patient, ServiceType.IV_INFUSION, start);
            if (visit.isPresent()) {
                return visit;
            }
        }
        return Optional.empty();
    }

    /** Six weekday infusions two or three days apart, the first 52 to 91 days ago, at a patient's usual hour. */
    static List<Instant> infusionStarts(int k, LocalDate today) {
        LocalDate day = weekday(today.minusDays(91 - (k * 13) % 40));
        LocalTime time = LocalTime.of(9 + k % 7, 0);
        List<Instant> starts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            starts.add(day.atTime(time).atZone(ZONE).toInstant());
            day = weekday(day.plusDays(2));
        }
        return starts;
    }

    private static LocalDate weekday(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * How a demo patient fares.
     *
     * @param baselineMigraineDays migraine days per 28 before the course
     * @param reduction the share of migraine days gone in the first month after it (waning later)
     * @param sessionDrop the usual fall in pain from start to discharge of an infusion
     */
    record Profile(int baselineMigraineDays, double reduction, int sessionDrop) {
        static Profile of(int k) {
            int baseline = 8 + (k * 5) % 9;
            double[] reductions = {0.8, 0.1, 0.75, 0.0, 0.85, 0.2, 0.9, 0.05, 0.7};
            return new Profile(baseline, reductions[k % reductions.length], 1 + (k * 3) % 4);
        }
    }
}
