package org.ketapath.scheduling.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ketapath.scheduling.Availability;
import org.ketapath.scheduling.SchedulingApi;
import org.ketapath.scheduling.ServiceType;
import org.ketapath.scheduling.Slot;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Free slots: the clinics' schedules and the overlapping bookings, read in two statements, planned in memory. */
@Service
class AvailabilityService implements SchedulingApi {

    private final ScheduleRepository repository;
    private final SchedulingClock clock;
    private final BookingService bookings;

    AvailabilityService(ScheduleRepository repository, SchedulingClock clock, BookingService bookings) {
        this.repository = repository;
        this.clock = clock;
        this.bookings = bookings;
    }

    @Override
    public Optional<UUID> recordPastVisitForDemo(UUID clinicId, UUID patientId, ServiceType service, Instant start) {
        return bookings.recordPastVisit(clinicId, patientId, service, start);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Availability> availability(UUID clinicId, ServiceType service, LocalDate from, LocalDate to) {
        return repository.load(clinicId).map(schedule -> {
            if (!schedule.settings().onlineBooking()) {
                return new Availability(schedule.zone(), List.of(), false);
            }
            ServiceDefinition definition = schedule.service(service);
            if (definition == null) {
                return new Availability(schedule.zone(), List.of());
            }
            Interval range = SlotPlanner.dayRange(schedule.zone(), from, to);
            Instant now = clock.now();
            SlotPlanner planner = new SlotPlanner(
                    schedule, repository.busy(clinicId, ScheduleRepository.window(range, definition), now));
            return new Availability(schedule.zone(), planner.freeSlots(definition, range, now));
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<ServiceType> servicesOffered(UUID clinicId) {
        return repository
                .load(clinicId)
                .filter(schedule -> schedule.settings().onlineBooking())
                .map(schedule -> java.util.Arrays.stream(ServiceType.values())
                        .filter(type -> schedule.service(type) != null)
                        .toList())
                .orElse(List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public List<ClinicSlot> soonestSlots(Collection<UUID> clinicIds, ServiceType service, Instant after, int limit) {
        if (limit < 1 || clinicIds.isEmpty()) {
            return List.of();
        }
        Instant now = clock.now();
        Instant from = after.isAfter(now) ? after : now;
        Instant horizon = from.plus(Duration.ofDays(SOONEST_HORIZON_DAYS));
        // Each clinic's next day to plan, in its own zone; clinics without the service drop out at once.
        Map<UUID, ClinicSchedule> schedules = new LinkedHashMap<>();
        Map<UUID, LocalDate> next = new HashMap<>();
        for (ClinicSchedule schedule :
                repository.loadAll(new LinkedHashSet<>(clinicIds)).values()) {
            if (schedule.service(service) != null && schedule.settings().onlineBooking()) {
                schedules.put(schedule.clinicId(), schedule);
                next.put(schedule.clinicId(), from.atZone(schedule.zone()).toLocalDate());
            }
        }
        List<ClinicSlot> found = new ArrayList<>();
        int days = 1;
        while (!schedules.isEmpty()) {
            Map<UUID, Interval> ranges = ranges(schedules, next, days);
            Map<UUID, Map<UUID, NavigableMap<Instant, Instant>>> busy = busy(schedules, ranges, service, now);
            for (ClinicSchedule schedule : schedules.values()) {
                SlotPlanner planner = new SlotPlanner(schedule, busy.getOrDefault(schedule.clinicId(), Map.of()));
                int taken = 0;
                for (Slot slot : planner.freeSlots(schedule.service(service), ranges.get(schedule.clinicId()), now)) {
                    if (taken == limit || !slot.start().isBefore(horizon)) {
                        break;
                    }
                    if (!slot.start().isBefore(from)) {
                        found.add(new ClinicSlot(schedule.clinicId(), schedule.zone(), slot));
                        taken++;
                    }
                }
            }
            found.sort(EARLIEST);
            if (found.size() > limit) {
                found.subList(limit, found.size()).clear();
            }
            // A clinic can still improve the result only if its next window starts before the worst slot kept
            // (at the same instant it could still win the tie on clinic id) and before the horizon.
            Instant bound = found.size() == limit ? found.get(limit - 1).slot().start() : horizon;
            for (UUID clinicId : List.copyOf(schedules.keySet())) {
                Instant end = ranges.get(clinicId).end();
                if (end.isAfter(bound) || !end.isBefore(horizon)) {
                    schedules.remove(clinicId);
                } else {
                    next.put(clinicId, next.get(clinicId).plusDays(days));
                }
            }
            days = Math.min(days * 2, 7);
        }
        return List.copyOf(found);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, ClinicSlot> soonestPerClinic(Collection<UUID> clinicIds, ServiceType service, Instant after) {
        if (clinicIds.isEmpty()) {
            return Map.of();
        }
        Instant now = clock.now();
        Instant from = after.isAfter(now) ? after : now;
        Instant horizon = from.plus(Duration.ofDays(SOONEST_HORIZON_DAYS));
        Map<UUID, ClinicSchedule> schedules = new LinkedHashMap<>();
        Map<UUID, LocalDate> next = new HashMap<>();
        for (ClinicSchedule schedule :
                repository.loadAll(new LinkedHashSet<>(clinicIds)).values()) {
            if (schedule.service(service) != null && schedule.settings().onlineBooking()) {
                schedules.put(schedule.clinicId(), schedule);
                next.put(schedule.clinicId(), from.atZone(schedule.zone()).toLocalDate());
            }
        }
        Map<UUID, ClinicSlot> found = new HashMap<>();
        int days = 1;
        while (!schedules.isEmpty()) {
            Map<UUID, Interval> ranges = ranges(schedules, next, days);
            Map<UUID, Map<UUID, NavigableMap<Instant, Instant>>> busy = busy(schedules, ranges, service, now);
            for (ClinicSchedule schedule : List.copyOf(schedules.values())) {
                UUID clinicId = schedule.clinicId();
                SlotPlanner planner = new SlotPlanner(schedule, busy.getOrDefault(clinicId, Map.of()));
                for (Slot slot : planner.freeSlots(schedule.service(service), ranges.get(clinicId), now)) {
                    if (!slot.start().isBefore(horizon)) {
                        break;
                    }
                    if (!slot.start().isBefore(from)) {
                        found.put(clinicId, new ClinicSlot(clinicId, schedule.zone(), slot));
                        break;
                    }
                }
                if (found.containsKey(clinicId) || !ranges.get(clinicId).end().isBefore(horizon)) {
                    schedules.remove(clinicId);
                } else {
                    next.put(clinicId, next.get(clinicId).plusDays(days));
                }
            }
            days = Math.min(days * 2, 7);
        }
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UUID> takingOnlineBookings(Collection<UUID> clinicIds) {
        return repository.takingOnlineBookings(clinicIds);
    }

    @Override
    @Transactional(readOnly = true)
    public List<UUID> clinicsOfPatient(UUID patientId) {
        return repository.clinicsOfPatient(patientId);
    }

    /** Each clinic's next {@code days} days to plan, in its own zone, as instants. */
    private static Map<UUID, Interval> ranges(
            Map<UUID, ClinicSchedule> schedules, Map<UUID, LocalDate> next, int days) {
        Map<UUID, Interval> ranges = new HashMap<>();
        for (ClinicSchedule schedule : schedules.values()) {
            LocalDate day = next.get(schedule.clinicId());
            ranges.put(schedule.clinicId(), SlotPlanner.dayRange(schedule.zone(), day, day.plusDays(days - 1)));
        }
        return ranges;
    }

    /** The bookings of all the clinics over the windows of their ranges, in one statement. */
    private Map<UUID, Map<UUID, NavigableMap<Instant, Instant>>> busy(
            Map<UUID, ClinicSchedule> schedules, Map<UUID, Interval> ranges, ServiceType service, Instant now) {
        Instant first = null;
        Instant last = null;
        for (ClinicSchedule schedule : schedules.values()) {
            Interval window = ScheduleRepository.window(ranges.get(schedule.clinicId()), schedule.service(service));
            first = first == null || window.start().isBefore(first) ? window.start() : first;
            last = last == null || window.end().isAfter(last) ? window.end() : last;
        }
        return repository.busyAll(schedules.keySet(), new Interval(first, last), now);
    }

    private static final Comparator<ClinicSlot> EARLIEST =
            Comparator.comparing((ClinicSlot s) -> s.slot().start()).thenComparing(ClinicSlot::clinicId);

    @Override
    public boolean hasAppointmentWith(UUID patientId, UUID clinicId) {
        return repository.hasAppointmentWith(patientId, clinicId);
    }

    @Override
    public List<UUID> patientsWithAppointmentsAt(UUID clinicId, int limit) {
        return repository.patientsWithAppointmentsAt(clinicId, limit);
    }

    @Override
    public Optional<AppointmentFacts> appointment(UUID appointmentId) {
        return repository.appointmentFacts(appointmentId);
    }
}
