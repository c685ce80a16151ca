package org.ketapath.outcomes.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patient's headache diary: one entry per calendar day in the patient's time zone; no day in the future;
 * a day can be entered or changed until 7 days after it, then it is locked. Every write and read is audited.
 */
@Service
public class DiaryService {

    /** Days after which an entry can no longer be changed. */
    public static final int LOCK_AFTER_DAYS = 7;

    /** The zone of a patient who has not chosen one (the platform's clinics are in the US). */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("America/New_York");

    static final String TYPE = "DiaryEntry";

    private final DiaryRepository diary;
    private final AcuteMedicines medicines;
    private final AuditTrail audit;
    private final OutcomesClock clock;

    DiaryService(DiaryRepository diary, AcuteMedicines medicines, AuditTrail audit, OutcomesClock clock) {
        this.diary = diary;
        this.medicines = medicines;
        this.audit = audit;
        this.clock = clock;
    }

    /** The zone the patient's diary days are counted in. */
    @Transactional(readOnly = true)
    public ZoneId zone(UUID patient) {
        return diary.settings(patient).map(DiaryRepository.Settings::zone).orElse(DEFAULT_ZONE);
    }

    /** Today in the patient's zone. */
    public LocalDate today(UUID patient) {
        return clock.today(zone(patient));
    }

    /** Whether the day can still be entered or changed (not in the future, not more than 7 days back). */
    public static boolean editable(LocalDate date, LocalDate today) {
        return !date.isAfter(today) && ChronoUnit.DAYS.between(date, today) <= LOCK_AFTER_DAYS;
    }

    /**
     * Enters or replaces the day.
     *
     * @throws DiaryRefusal.InvalidInput for a future day (field {@code date}) or inconsistent input
     * @throws DiaryRefusal.Locked for a day more than 7 days back
     */
    @Transactional
    public DiaryDay put(UUID patient, LocalDate date, DiaryInput in) {
        ZoneId zone = zone(patient);
        LocalDate today = clock.today(zone);
        if (date.isAfter(today)) {
            throw new DiaryRefusal.InvalidInput("date", "is in the future");
        }
        if (ChronoUnit.DAYS.between(date, today) > LOCK_AFTER_DAYS) {
            audit.record(AuditEvent.success("UPDATE", TYPE, date.toString(), patient)
                    .withOutcome(AuditEvent.Outcome.DENIED));
            throw new DiaryRefusal.Locked();
        }
        DiaryDay day = toDay(date, in);
        boolean existed = diary.exists(patient, date);
        diary.upsert(patient, zone, day, clock.now());
        audit.record(AuditEvent.success(existed ? "UPDATE" : "CREATE", TYPE, date.toString(), patient));
        return day;
    }

    /** The patient's days between two dates inclusive (at most 400 days), by date. */
    @Transactional(readOnly = true)
    public Map<LocalDate, DiaryDay> days(UUID patient, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new DiaryRefusal.InvalidInput("to", "is before from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= DiaryRepository.MAX_RANGE_DAYS) {
            throw new DiaryRefusal.InvalidInput(
                    "to", "is more than " + DiaryRepository.MAX_RANGE_DAYS + " days after from");
        }
        Map<LocalDate, DiaryDay> days = diary.days(patient, from, to);
        audit.record(AuditEvent.success("READ", TYPE, null, patient));
        return days;
    }

    /** Checks the input and reads its medicines into classes. */
    DiaryDay toDay(LocalDate date, DiaryInput in) {
        boolean headache = in.headache();
        if (headache) {
            if (in.peakPain() == null) {
                throw new DiaryRefusal.InvalidInput("peakPain", "is required on a headache day");
            }
            if (in.durationHours() == null) {
                throw new DiaryRefusal.InvalidInput("durationHours", "is required on a headache day");
            }
        } else {
            requireAbsent("peakPain", in.peakPain() != null && in.peakPain() > 0);
            requireAbsent(
                    "durationHours",
                    in.durationHours() != null && in.durationHours().signum() > 0);
            requireAbsent("unilateral", yes(in.unilateral()));
            requireAbsent("pulsating", yes(in.pulsating()));
            requireAbsent("worseWithActivity", yes(in.worseWithActivity()));
        }
        List<DiaryDay.Medication> meds = new ArrayList<>();
        if (in.acuteMedications() != null) {
            for (DiaryInput.Medication m : in.acuteMedications()) {
                String name = m.name().strip();
                meds.add(new DiaryDay.Medication(name, m.doses(), medicines.classify(name)));
            }
        }
        String notes =
                in.notes() == null || in.notes().isBlank() ? null : in.notes().strip();
        return new DiaryDay(
                date,
                headache,
                headache ? in.peakPain() : null,
                headache ? hours(in.durationHours()) : null,
                yes(in.unilateral()),
                yes(in.pulsating()),
                yes(in.worseWithActivity()),
                yes(in.nausea()),
                yes(in.vomiting()),
                yes(in.lightSensitivity()),
                yes(in.soundSensitivity()),
                yes(in.aura()),
                meds,
                yes(in.missedActivity()),
                notes);
    }

    private static @Nullable BigDecimal hours(@Nullable BigDecimal hours) {
        return hours == null ? null : hours.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static void requireAbsent(String field, boolean present) {
        if (present) {
            throw new DiaryRefusal.InvalidInput(field, "must be left out on a day without a headache");
        }
    }

    private static boolean yes(@Nullable Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
