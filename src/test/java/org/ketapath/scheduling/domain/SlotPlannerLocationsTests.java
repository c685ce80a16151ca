package org.ketapath.scheduling.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ketapath.scheduling.ServiceType;
import org.ketapath.scheduling.Slot;

/** The planner offers a chair-using service per start and location; staff stay shared by the locations. */
class SlotPlannerLocationsTests {

    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final LocalDate DAY = LocalDate.of(2026, 12, 15);
    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    static final ServiceDefinition INFUSION = new ServiceDefinition(ServiceType.IV_INFUSION, 10, 45, 30, 0, 15);

    final UUID a = UUID.randomUUID();
    final UUID b = UUID.randomUUID();
    final UUID chairA = UUID.randomUUID();
    final UUID chairB1 = UUID.randomUUID();
    final UUID chairB2 = UUID.randomUUID();
    final UUID practitioner = UUID.randomUUID();

    @Test
    void a_start_free_at_two_locations_is_two_slots_in_location_order() {
        List<Slot> slots = plan(Map.of(), 3);

        assertThat(slots)
                .filteredOn(s -> s.start().equals(at(9, 0)))
                .extracting(Slot::locationId)
                .containsExactly(a, b);
    }

    @Test
    void a_busy_chair_removes_only_its_location_s_slots() {
        Map<UUID, NavigableMap<Instant, Instant>> busy = new HashMap<>();
        busy.put(chairA, new TreeMap<>(Map.of(at(9, 0), at(10, 40))));

        List<Slot> slots = plan(busy, 3);

        assertThat(slots)
                .filteredOn(s -> s.start().equals(at(9, 30)))
                .extracting(Slot::locationId)
                .containsExactly(b);
        assertThat(slots)
                .filteredOn(s -> s.start().equals(at(10, 45)))
                .extracting(Slot::locationId)
                .containsExactly(a, b);
    }

    @Test
    void nurse_coverage_is_the_clinic_s_not_each_location_s() {
        // One monitoring practitioner for 1 chair: an infusion running at B leaves no cover for A either.
        Map<UUID, NavigableMap<Instant, Instant>> busy = new HashMap<>();
        busy.put(chairB1, new TreeMap<>(Map.of(at(9, 0), at(10, 40))));
        busy.put(ClinicSchedule.nurseSlot(practitioner, 0), new TreeMap<>(Map.of(at(9, 10), at(10, 25))));

        List<Slot> slots = plan(busy, 1);

        assertThat(slots).filteredOn(s -> s.start().equals(at(9, 30))).isEmpty();
    }

    private List<Slot> plan(Map<UUID, NavigableMap<Instant, Instant>> busy, int nurseMaxChairs) {
        List<ClinicSchedule.WeeklyHours> hours = new ArrayList<>();
        List<ClinicSchedule.Shift> shifts = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.add(new ClinicSchedule.WeeklyHours(day, LocalTime.of(9, 0), LocalTime.of(17, 0)));
            shifts.add(new ClinicSchedule.Shift(practitioner, day, LocalTime.of(9, 0), LocalTime.of(17, 0), true));
        }
        ClinicSchedule schedule = new ClinicSchedule(
                UUID.randomUUID(),
                ZONE,
                new ClinicSchedule.Settings(0, 730, 24, 15, nurseMaxChairs),
                Map.of(ServiceType.IV_INFUSION, INFUSION),
                hours,
                shifts,
                List.of(chairA, chairB1, chairB2),
                List.of(),
                List.of(),
                List.of(
                        new ClinicSchedule.Location(a, List.of(chairA)),
                        new ClinicSchedule.Location(b, List.of(chairB1, chairB2))));
        return new SlotPlanner(schedule, busy).freeSlots(INFUSION, SlotPlanner.dayRange(ZONE, DAY, DAY), NOW);
    }

    private static Instant at(int hour, int minute) {
        return DAY.atTime(hour, minute).atZone(ZONE).toInstant();
    }
}
