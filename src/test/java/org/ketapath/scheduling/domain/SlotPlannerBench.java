package org.ketapath.scheduling.domain;

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
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.ketapath.scheduling.ServiceType;

/**
 * Planning time alone (no database, no HTTP): one 30-day infusion plan of the scheduling benchmark's clinic
 * (weekdays 09:00-17:00, 4 chairs, 3 monitoring practitioners, 70% booked), then the same with the chairs at two
 * locations. Not a timed test:
 *
 * <pre>./mvnw -q test -Dtest=SlotPlannerBench -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class SlotPlannerBench {

    @Test
    void plan() {
        ZoneId zone = ZoneId.of("America/New_York");
        List<UUID> people = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        List<UUID> chairs = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        List<ClinicSchedule.WeeklyHours> hours = new ArrayList<>();
        List<ClinicSchedule.Shift> shifts = new ArrayList<>();
        for (int d = 1; d <= 5; d++) {
            hours.add(new ClinicSchedule.WeeklyHours(DayOfWeek.of(d), LocalTime.of(9, 0), LocalTime.of(17, 0)));
            for (UUID p : people) {
                shifts.add(new ClinicSchedule.Shift(p, DayOfWeek.of(d), LocalTime.of(9, 0), LocalTime.of(17, 0), true));
            }
        }
        ServiceDefinition infusion = new ServiceDefinition(ServiceType.IV_INFUSION, 10, 45, 30, 0, 15);
        ClinicSchedule schedule = new ClinicSchedule(
                UUID.randomUUID(),
                zone,
                new ClinicSchedule.Settings(120, 180, 24, 15, 2),
                Map.of(ServiceType.IV_INFUSION, infusion),
                hours,
                shifts,
                chairs,
                List.of(),
                List.of());
        Random random = new Random(1);
        Map<UUID, NavigableMap<Instant, Instant>> busy = new HashMap<>();
        LocalDate first = LocalDate.of(2026, 12, 2);
        for (int d = 0; d < 31; d++) {
            for (int k = 0; k < 4; k++) {
                for (int j = 0; j < 4; j++) {
                    if (random.nextDouble() < 0.7) {
                        Instant start = first.plusDays(d)
                                .atTime(9, 0)
                                .atZone(zone)
                                .toInstant()
                                .plusSeconds(60L * (j * 105 + k * 15));
                        busy.computeIfAbsent(chairs.get(k), x -> new TreeMap<>())
                                .put(start, start.plusSeconds(100 * 60));
                        busy.computeIfAbsent(people.get(k % 3), x -> new TreeMap<>())
                                .put(start, start.plusSeconds(10 * 60));
                    }
                }
            }
        }
        Interval range = SlotPlanner.dayRange(zone, first, first.plusDays(29));
        Instant now = Instant.parse("2026-12-01T12:00:00Z");
        long slots = 0;
        for (int i = 0; i < 3000; i++) {
            slots += new SlotPlanner(schedule, busy)
                    .freeSlots(infusion, range, now)
                    .size();
        }
        int plans = 2000;
        long t0 = System.nanoTime();
        for (int i = 0; i < plans; i++) {
            slots += new SlotPlanner(schedule, busy)
                    .freeSlots(infusion, range, now)
                    .size();
        }
        System.out.printf(
                "BENCH one 30-day infusion plan: %.3f ms (average of %d after 3,000 warm-up; %d slots in all)%n",
                (System.nanoTime() - t0) / 1e6 / plans, plans, slots);

        // The same chairs and bookings with the chairs at two locations (2 + 2): a start is a slot per location.
        ClinicSchedule twoLocations = new ClinicSchedule(
                schedule.clinicId(),
                zone,
                schedule.settings(),
                schedule.services(),
                hours,
                shifts,
                chairs,
                List.of(),
                List.of(),
                List.of(
                        new ClinicSchedule.Location(UUID.randomUUID(), chairs.subList(0, 2)),
                        new ClinicSchedule.Location(UUID.randomUUID(), chairs.subList(2, 4))));
        long perLocation = 0;
        for (int i = 0; i < 3000; i++) {
            perLocation += new SlotPlanner(twoLocations, busy)
                    .freeSlots(infusion, range, now)
                    .size();
        }
        long t1 = System.nanoTime();
        for (int i = 0; i < plans; i++) {
            perLocation += new SlotPlanner(twoLocations, busy)
                    .freeSlots(infusion, range, now)
                    .size();
        }
        System.out.printf(
                "BENCH the same plan, chairs at two locations: %.3f ms (average of %d after 3,000 warm-up; %d slots)%n",
                (System.nanoTime() - t1) / 1e6 / plans, plans, perLocation);
    }
}
