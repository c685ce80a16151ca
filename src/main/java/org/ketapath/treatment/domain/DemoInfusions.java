package org.ketapath.treatment.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.ketapath.treatment.TreatmentApi.PastInfusion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Courses and signed IV infusion records for demo data, written part by part through the services the API uses,
 * so they pass every check a clinician's record passes.
 */
@Service
class DemoInfusions {

    private static final String CONSENT_TEXT = """
            # Consent to ketamine infusion (demo clinic)

            This is demonstration text for a fictional clinic. A real clinic publishes its own consent text.
            """;

    private final CourseService courses;
    private final SessionService sessions;
    private final SessionParts parts;
    private final TreatmentRepository repository;

    DemoInfusions(CourseService courses, SessionService sessions, SessionParts parts, TreatmentRepository repository) {
        this.courses = courses;
        this.sessions = sessions;
        this.parts = parts;
        this.repository = repository;
    }

    @Transactional
    UUID startCourse(
            UUID clinician,
            UUID clinic,
            UUID patient,
            Condition condition,
            String icd10,
            BigDecimal dose,
            BigDecimal rate,
            int planned,
            String fullName) {
        Staff staff = new Staff(clinician, Set.of(clinic));
        UUID course = courses.create(
                staff, clinic, patient, new Inputs.Course(condition, icd10, Route.IV, dose, null, rate, planned));
        if (repository.latestText(clinic).isEmpty()) {
            courses.publishText(staff, clinic, new Inputs.ConsentText(CONSENT_TEXT));
        }
        courses.accept(patient, course, new Inputs.Acceptance(fullName));
        return course;
    }

    @Transactional
    UUID document(UUID clinic, PastInfusion in) {
        Staff staff = new Staff(in.clinicianId(), Set.of(clinic));
        UUID id = sessions.create(staff, in.appointmentId(), in.courseId());
        Instant start = in.start();
        Instant stop = start.plus(Duration.ofMinutes(in.minutes()));
        Instant discharge = stop.plus(Duration.ofMinutes(30));
        parts.preCheck(
                staff,
                id,
                new Inputs.PreCheck(
                        in.weightKg(),
                        true,
                        in.escortName(),
                        in.escortPhone(),
                        vitals(start.minus(Duration.ofMinutes(10)), 124, 78, 72),
                        null,
                        PregnancyTest.NOT_APPLICABLE,
                        null,
                        null));
        parts.score(staff, id, new Inputs.Score(Instrument.PAIN_NRS, in.painBefore(), Phase.BEFORE, start));
        parts.dose(
                staff,
                id,
                new Inputs.Dose(
                        Drug.KETAMINE,
                        Route.IV,
                        in.amountMg(),
                        in.rateMgPerKgPerHour(),
                        start,
                        stop,
                        in.lot(),
                        in.lotExpiresOn(),
                        null));
        int reading = 0;
        for (Instant at = start.plus(Duration.ofMinutes(15));
                !at.isAfter(discharge);
                at = at.plus(Duration.ofMinutes(15))) {
            parts.vitals(staff, id, vitals(at, 128 + (reading % 3) * 4, 80 + reading % 3, 74 + reading % 4));
            reading++;
        }
        parts.score(staff, id, new Inputs.Score(Instrument.MOAA_S, 5, Phase.AFTER, stop));
        parts.score(staff, id, new Inputs.Score(Instrument.CADSS_6, 3, Phase.AFTER, stop));
        parts.score(staff, id, new Inputs.Score(Instrument.PAIN_NRS, in.painAfter(), Phase.AFTER, discharge));
        parts.discharge(staff, id, new Inputs.Discharge(DischargeTool.ALDRETE, 10, discharge, true, true, null));
        sessions.sign(staff, id);
        return id;
    }

    private static Inputs.Vitals vitals(Instant at, int systolic, int diastolic, int heartRate) {
        return new Inputs.Vitals(at, systolic, diastolic, heartRate, 98, 14);
    }
}
