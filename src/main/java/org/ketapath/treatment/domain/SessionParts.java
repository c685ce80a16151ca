package org.ketapath.treatment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.audit.AuditTrail;
import org.ketapath.treatment.domain.SessionRecord.CourseView;
import org.ketapath.treatment.domain.SessionRecord.DoseView;
import org.ketapath.treatment.domain.SessionRecord.FlagView;
import org.ketapath.treatment.domain.SessionRecord.VitalsView;
import org.ketapath.treatment.domain.SessionRecordRepository.Header;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes the parts of an open session record, each its own request; a signed record refuses them all. */
@Service
public class SessionParts {

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private final SessionService service;
    private final SessionRecordRepository sessions;
    private final AuditTrail audit;
    private final TreatmentClock clock;
    private final TreatmentSettings settings;

    SessionParts(
            SessionService service,
            SessionRecordRepository sessions,
            AuditTrail audit,
            TreatmentClock clock,
            TreatmentSettings settings) {
        this.service = service;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    /** A reading and the flags it raised. */
    public record VitalsResult(VitalsView vitals, List<FlagView> flags) {}

    @Transactional
    public SessionRecord preCheck(Staff staff, UUID id, Inputs.PreCheck in) {
        Header h = open(staff, id);
        CourseView course = service.course(h);
        if (course.route().needsEscort()) {
            requireText("escortName", in.escortName(), "is required for this route");
            requireText("escortPhone", in.escortPhone(), "is required for this route");
        }
        if (course.condition().psychiatric() && in.phq9Item9() == null) {
            throw new TreatmentRefusal.InvalidInput("phq9Item9", "is required for psychiatric indications");
        }
        Instant at = at("baseline.at", in.baseline().at());
        sessions.upsertPreCheck(h, in, staff.accountId(), clock.now());
        recordVitals(h, true, in.baseline(), at, staff);
        written(h, "UPDATE");
        return service.load(h);
    }

    @Transactional
    public DoseView dose(Staff staff, UUID id, Inputs.Dose in) {
        Header h = open(staff, id);
        SessionRecord record = service.load(h);
        CourseView course = record.course();
        if (course.consentAcceptedAt() == null) {
            throw TreatmentRefusal.Conflict.consentMissing();
        }
        var pre = record.preCheck();
        if (pre == null) {
            throw TreatmentRefusal.Conflict.preCheckMissing();
        }
        if (pre.phq9Item9() != null && pre.phq9Item9() > 0 && blank(pre.riskAssessment())) {
            throw TreatmentRefusal.Conflict.riskAssessmentMissing();
        }
        checkRoute(in, course);
        Instant start = at("startAt", in.startAt());
        if (in.stopAt() != null) {
            at("stopAt", in.stopAt());
            if (in.stopAt().isBefore(start)) {
                throw new TreatmentRefusal.InvalidInput("stopAt", "must not be before startAt");
            }
        }
        if (in.lotExpiresOn().isBefore(start.atZone(ZoneOffset.UTC).toLocalDate())) {
            throw new TreatmentRefusal.InvalidInput("lotExpiresOn", "is before the day of the dose: the lot expired");
        }
        BigDecimal mgPerKg = in.amountMg().divide(pre.weightKg(), 3, RoundingMode.HALF_UP);
        List<String> above = aboveLimits(in, course, mgPerKg);
        if (!above.isEmpty() && blank(in.justification())) {
            throw new TreatmentRefusal.InvalidInput(
                    "justification", "is required: the dose is " + String.join(" and ", above));
        }
        UUID doseId = UUID.randomUUID();
        sessions.insertDose(doseId, h, in, mgPerKg, start, staff.accountId(), clock.now());
        written(h, "UPDATE");
        return new DoseView(
                doseId,
                in.drug(),
                in.route(),
                in.amountMg(),
                mgPerKg,
                in.rateMgPerKgPerHour(),
                start,
                in.stopAt(),
                in.lot(),
                in.lotExpiresOn(),
                in.justification());
    }

    private static void checkRoute(Inputs.Dose in, CourseView course) {
        if (in.route() != course.route()) {
            throw new TreatmentRefusal.InvalidInput("route", "must be the course's route");
        }
        if (in.drug() != in.route().drug()) {
            throw new TreatmentRefusal.InvalidInput("drug", "does not match the route");
        }
        if (in.route().infusion() && in.rateMgPerKgPerHour() == null) {
            throw new TreatmentRefusal.InvalidInput("rateMgPerKgPerHour", "is required for IV infusions");
        }
    }

    /** Why the dose needs a written justification: above the course's plan, or above 2 mg/kg/h IV (Cohen 2018). */
    List<String> aboveLimits(Inputs.Dose in, CourseView course, BigDecimal mgPerKg) {
        List<String> out = new ArrayList<>();
        if (course.doseMgPerKg() != null && mgPerKg.compareTo(course.doseMgPerKg()) > 0) {
            out.add("above the planned mg/kg");
        }
        if (course.fixedDoseMg() != null && in.amountMg().compareTo(course.fixedDoseMg()) > 0) {
            out.add("above the planned dose");
        }
        BigDecimal rate = in.rateMgPerKgPerHour();
        if (rate != null && course.rateMgPerKgPerHour() != null && rate.compareTo(course.rateMgPerKgPerHour()) > 0) {
            out.add("faster than the planned rate");
        }
        if (rate != null && in.route().infusion() && rate.compareTo(settings.ivMaxRateMgPerKgPerHour()) > 0) {
            out.add("above "
                    + settings.ivMaxRateMgPerKgPerHour().stripTrailingZeros().toPlainString() + " mg/kg/h");
        }
        return out;
    }

    @Transactional
    public VitalsResult vitals(Staff staff, UUID id, Inputs.Vitals in) {
        Header h = open(staff, id);
        Instant at = at("at", in.at());
        VitalsResult result = recordVitals(h, false, in, at, staff);
        written(h, "UPDATE");
        return result;
    }

    private VitalsResult recordVitals(Header h, boolean baseline, Inputs.Vitals in, Instant at, Staff staff) {
        if (in.diastolic() >= in.systolic()) {
            throw new TreatmentRefusal.InvalidInput(
                    baseline ? "baseline.diastolic" : "diastolic", "must be lower than the systolic pressure");
        }
        UUID vitalsId = UUID.randomUUID();
        sessions.insertVitals(vitalsId, h, baseline, in, at, staff.accountId());
        List<FlagView> flags = new ArrayList<>();
        for (Thresholds.Breach b : service.thresholds(h.clinicId())
                .breaches(in.systolic(), in.diastolic(), in.heartRate(), in.spo2(), in.respiratoryRate())) {
            UUID flagId = UUID.randomUUID();
            sessions.insertFlag(flagId, h, vitalsId, b);
            flags.add(new FlagView(flagId, vitalsId, b.kind(), b.value(), b.threshold(), null, null));
        }
        VitalsView view = new VitalsView(
                vitalsId, baseline, at, in.systolic(), in.diastolic(), in.heartRate(), in.spo2(), in.respiratoryRate());
        return new VitalsResult(view, flags);
    }

    @Transactional
    public SessionRecord resolveFlag(Staff staff, UUID id, UUID flagId, Inputs.Resolution in) {
        Header h = open(staff, id);
        if (!sessions.resolveFlag(id, flagId, in.note().strip(), staff.accountId(), clock.now())) {
            if (sessions.flagExists(id, flagId)) {
                throw TreatmentRefusal.Conflict.flagResolved();
            }
            throw new TreatmentRefusal.NotFound();
        }
        written(h, "UPDATE");
        return service.load(h);
    }

    @Transactional
    public SessionRecord score(Staff staff, UUID id, Inputs.Score in) {
        Header h = open(staff, id);
        if (in.value() > in.instrument().max()) {
            throw new TreatmentRefusal.InvalidInput(
                    "value", "must be at most " + in.instrument().max() + " for this instrument");
        }
        sessions.insertScore(UUID.randomUUID(), h, in, at("at", in.at()), staff.accountId());
        written(h, "UPDATE");
        return service.load(h);
    }

    @Transactional
    public SessionRecord event(Staff staff, UUID id, Inputs.Event in) {
        Header h = open(staff, id);
        if (in.kind() == EventKind.OTHER && blank(in.description())) {
            throw new TreatmentRefusal.InvalidInput("description", "is required for other events");
        }
        sessions.insertEvent(UUID.randomUUID(), h, in, at("at", in.at()), staff.accountId());
        written(h, "UPDATE");
        return service.load(h);
    }

    @Transactional
    public SessionRecord discharge(Staff staff, UUID id, Inputs.Discharge in) {
        Header h = open(staff, id);
        if (in.score() < DischargeTool.READY_SCORE && blank(in.justification())) {
            throw new TreatmentRefusal.InvalidInput(
                    "justification", "is required for a discharge with a score below " + DischargeTool.READY_SCORE);
        }
        sessions.upsertDischarge(h, in, at("at", in.at()), staff.accountId());
        written(h, "UPDATE");
        return service.load(h);
    }

    private Header open(Staff staff, UUID id) {
        Header h = service.access(staff, id, true, "UPDATE");
        SessionService.writable(h);
        return h;
    }

    private void written(Header h, String action) {
        audit.record(CourseService.event(action, SessionService.TYPE, h.id().toString(), h.patientId(), h.clinicId()));
    }

    /** The time given (never in the future), or now. */
    private Instant at(String field, @Nullable Instant given) {
        Instant now = clock.now();
        if (given == null) {
            return now;
        }
        if (given.isAfter(now.plus(CLOCK_SKEW))) {
            throw new TreatmentRefusal.InvalidInput(field, "must not be in the future");
        }
        return given;
    }

    private static void requireText(String field, @Nullable String value, String message) {
        if (blank(value)) {
            throw new TreatmentRefusal.InvalidInput(field, message);
        }
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
