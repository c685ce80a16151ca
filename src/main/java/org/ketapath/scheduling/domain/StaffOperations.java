package org.ketapath.scheduling.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ketapath.scheduling.AppointmentCompleted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What clinic staff do with the day: check-in, start, complete, no-show, block time; the day's view. */
@Service
public class StaffOperations {

    private static final Map<String, List<String>> TRANSITIONS = Map.of(
            "CHECK_IN", List.of("BOOKED"),
            "START", List.of("BOOKED", "CHECKED_IN"),
            "COMPLETE", List.of("IN_PROGRESS", "CHECKED_IN"),
            "NO_SHOW", List.of("BOOKED"));
    private static final Map<String, String> TARGET =
            Map.of("CHECK_IN", "CHECKED_IN", "START", "IN_PROGRESS", "COMPLETE", "COMPLETED", "NO_SHOW", "NO_SHOW");

    private final AppointmentRepository appointments;
    private final ScheduleRepository schedules;
    private final ResourceLedger ledger;
    private final ApplicationEventPublisher events;
    private final SchedulingClock clock;

    StaffOperations(
            AppointmentRepository appointments,
            ScheduleRepository schedules,
            ResourceLedger ledger,
            ApplicationEventPublisher events,
            SchedulingClock clock) {
        this.appointments = appointments;
        this.schedules = schedules;
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
    }

    /** The clinic's day in its own zone, or null when the clinic has no schedule. */
    @Transactional(readOnly = true)
    public @org.jspecify.annotations.Nullable Day day(UUID clinicId, LocalDate date) {
        return schedules
                .load(clinicId)
                .map(s -> {
                    Interval range = SlotPlanner.dayRange(s.zone(), date, date);
                    List<UUID> practitioners = s.shifts().stream()
                            .map(ClinicSchedule.Shift::practitionerId)
                            .distinct()
                            .toList();
                    return new Day(
                            s.zone(),
                            date,
                            s.chairs(),
                            practitioners,
                            appointments.ofClinic(clinicId, range.start(), range.end()));
                })
                .orElse(null);
    }

    @Transactional
    public AppointmentView act(UUID clinicId, UUID appointmentId, String action) {
        Instant now = clock.now();
        AppointmentView a = appointments
                .findForUpdate(appointmentId)
                .filter(found -> found.clinicId().equals(clinicId))
                .orElseThrow(() -> SchedulingProblem.notFound("The appointment"));
        List<String> from = TRANSITIONS.get(action);
        if (from == null || !from.contains(a.status())) {
            throw SchedulingProblem.wrongState("This visit cannot be marked that way now.");
        }
        appointments.status(a.id(), TARGET.get(action), now);
        if (action.equals("COMPLETE")) {
            events.publishEvent(new AppointmentCompleted(a.id(), a.clinicId(), a.patientId(), now));
        }
        return appointments.find(a.id()).orElseThrow();
    }

    /** Blocks a practitioner or chair for a time; false when something is already booked then. */
    @Transactional
    public boolean block(UUID clinicId, UUID resourceId, Instant start, Duration length) {
        if (length.isNegative() || length.isZero() || length.compareTo(Duration.ofDays(1)) > 0) {
            return false;
        }
        ClinicSchedule schedule = schedules.load(clinicId).orElse(null);
        boolean ours = schedule != null
                && (schedule.chairs().contains(resourceId)
                        || schedule.shifts().stream()
                                .anyMatch(s -> s.practitionerId().equals(resourceId)));
        if (!ours) {
            return false;
        }
        return ledger.tryInsert(
                resourceId,
                clinicId,
                "BLOCK",
                UUID.randomUUID(),
                new Interval(start, start.plus(length)),
                null,
                clock.now());
    }

    /** A clinic's day for its staff. */
    public record Day(
            java.time.ZoneId zone,
            LocalDate date,
            List<UUID> chairs,
            List<UUID> practitioners,
            List<AppointmentView> appointments) {}
}
