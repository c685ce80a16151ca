package org.ketapath.scheduling.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ketapath.scheduling.Availability;
import org.ketapath.scheduling.SchedulingApi;
import org.ketapath.scheduling.ServiceType;
import org.ketapath.scheduling.Slot;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Free slots: the clinic's schedule and the overlapping bookings, read in a few queries, planned in memory. */
@Service
class AvailabilityService implements SchedulingApi {

    private final ScheduleRepository repository;
    private final SchedulingClock clock;

    AvailabilityService(ScheduleRepository repository, SchedulingClock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Availability> availability(UUID clinicId, ServiceType service, LocalDate from, LocalDate to) {
        return repository.load(clinicId).map(schedule -> {
            ServiceDefinition definition = schedule.service(service);
            if (definition == null) {
                return new Availability(schedule.zone(), List.of());
            }
            Interval range = SlotPlanner.dayRange(schedule.zone(), from, to);
            Instant now = clock.now();
            SlotPlanner planner = new SlotPlanner(schedule, repository.busy(clinicId, range, now));
            return new Availability(schedule.zone(), planner.freeSlots(definition, range, now));
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<ClinicSlot> soonestSlots(Collection<UUID> clinicIds, ServiceType service, Instant after, int limit) {
        List<ClinicSlot> found = new ArrayList<>();
        for (UUID clinicId : clinicIds) {
            repository.load(clinicId).ifPresent(schedule -> found.addAll(soonestAt(schedule, service, after, limit)));
        }
        found.sort(Comparator.comparing((ClinicSlot s) -> s.slot().start()).thenComparing(ClinicSlot::clinicId));
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    }

    private List<ClinicSlot> soonestAt(ClinicSchedule schedule, ServiceType service, Instant after, int limit) {
        ServiceDefinition definition = schedule.service(service);
        List<ClinicSlot> slots = new ArrayList<>();
        if (definition == null) {
            return slots;
        }
        Instant now = clock.now();
        LocalDate day =
                (after.isAfter(now) ? after : now).atZone(schedule.zone()).toLocalDate();
        for (int week = 0; week < 9 && slots.size() < limit; week++) {
            Interval range = SlotPlanner.dayRange(schedule.zone(), day, day.plusDays(6));
            SlotPlanner planner = new SlotPlanner(schedule, repository.busy(schedule.clinicId(), range, now));
            for (Slot slot : planner.freeSlots(definition, range, now)) {
                if (slots.size() < limit && !slot.start().isBefore(after)) {
                    slots.add(new ClinicSlot(schedule.clinicId(), slot));
                }
            }
            day = day.plusDays(7);
        }
        return slots;
    }

    @Override
    public boolean hasAppointmentWith(UUID patientId, UUID clinicId) {
        return repository.hasAppointmentWith(patientId, clinicId);
    }

    @Override
    public List<UUID> patientsWithAppointmentsAt(UUID clinicId, int limit) {
        return repository.patientsWithAppointmentsAt(clinicId, limit);
    }
}
