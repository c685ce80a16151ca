package org.ketapath.scheduling.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketapath.scheduling.ServiceType;
import org.ketapath.scheduling.Slot;

/**
 * Slots on the 2026 and 2027 daylight-saving change days. A clinic open 00:00-06:00 local with 30-minute
 * consultations offers one slot per real half hour: 10 on spring-forward days (02:00-03:00 does not exist),
 * 14 on fall-back days (01:00-02:00 happens twice), 12 where the zone keeps one offset all year.
 */
class SlotPlannerDaylightSavingTests {

    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @ParameterizedTest(name = "{0} on {1}: {2} slots")
    @CsvSource({
        "America/New_York, 2026-03-08, 10",
        "America/New_York, 2026-11-01, 14",
        "America/New_York, 2027-03-14, 10",
        "America/New_York, 2027-11-07, 14",
        "America/Los_Angeles, 2026-03-08, 10",
        "America/Los_Angeles, 2026-11-01, 14",
        "America/Los_Angeles, 2027-03-14, 10",
        "America/Los_Angeles, 2027-11-07, 14",
        "America/Phoenix, 2026-03-08, 12",
        "America/Phoenix, 2026-11-01, 12",
        "America/Phoenix, 2027-03-14, 12",
        "America/Phoenix, 2027-11-07, 12",
        "Pacific/Honolulu, 2026-03-08, 12",
        "Pacific/Honolulu, 2026-11-01, 12",
        "Pacific/Honolulu, 2027-03-14, 12",
        "Pacific/Honolulu, 2027-11-07, 12"
    })
    void every_real_half_hour_is_offered_once_and_no_slot_starts_in_a_gap(String zoneId, LocalDate day, int expected) {
        ZoneId zone = ZoneId.of(zoneId);
        List<Slot> slots = slots(zone, day);

        assertThat(slots).hasSize(expected);
        assertThat(slots.stream().map(Slot::start)).doesNotHaveDuplicates().isSorted();
        for (Slot slot : slots) {
            ZonedDateTime local = slot.start().atZone(zone);
            assertThat(zone.getRules().isValidOffset(local.toLocalDateTime(), local.getOffset()))
                    .as("%s is a real local time", local)
                    .isTrue();
            assertThat(local.toLocalDate()).isEqualTo(day);
            assertThat(local.getMinute() % 30).isZero();
            assertThat(slot.end()).isEqualTo(slot.start().plusSeconds(1800));
        }
        for (int i = 1; i < slots.size(); i++) {
            assertThat(slots.get(i).start()).isEqualTo(slots.get(i - 1).start().plusSeconds(1800));
        }
    }

    @ParameterizedTest
    @CsvSource({"America/New_York, 2026-03-08", "America/Los_Angeles, 2027-03-14"})
    void no_slot_starts_in_the_spring_forward_hour(String zoneId, LocalDate day) {
        ZoneId zone = ZoneId.of(zoneId);
        assertThat(slots(zone, day))
                .extracting(s -> s.start().atZone(zone).toLocalTime().getHour())
                .doesNotContain(2)
                .contains(1, 3);
    }

    @ParameterizedTest
    @CsvSource({"America/New_York, 2026-11-01", "America/Los_Angeles, 2027-11-07"})
    void the_repeated_fall_back_hour_is_offered_with_both_offsets(String zoneId, LocalDate day) {
        ZoneId zone = ZoneId.of(zoneId);
        List<String> oneOClock = new ArrayList<>();
        for (Slot s : slots(zone, day)) {
            ZonedDateTime local = s.start().atZone(zone);
            if (local.getHour() == 1) {
                oneOClock.add(local.toOffsetDateTime().toString());
            }
        }
        assertThat(oneOClock).hasSize(4).doesNotHaveDuplicates();
        assertThat(oneOClock.stream().map(t -> t.substring(t.length() - 6)).distinct())
                .hasSize(2);
    }

    @ParameterizedTest
    @CsvSource({"America/New_York, 2027-03-14", "America/New_York, 2026-11-01"})
    void business_hours_keep_their_local_times_on_change_days(String zoneId, LocalDate day) {
        ZoneId zone = ZoneId.of(zoneId);
        ClinicSchedule schedule = schedule(zone, LocalTime.of(9, 0), LocalTime.of(17, 0));
        List<Slot> slots = planner(schedule).freeSlots(consult(), SlotPlanner.dayRange(zone, day, day), NOW);
        assertThat(slots).hasSize(16);
        assertThat(slots.get(0).start().atZone(zone).toLocalTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(slots.get(15).start().atZone(zone).toLocalTime()).isEqualTo(LocalTime.of(16, 30));
    }

    @org.junit.jupiter.api.Test
    void closures_remove_hours_and_extra_hours_add_them() {
        ZoneId zone = ZoneId.of("America/New_York");
        LocalDate day = LocalDate.of(2026, 12, 15);
        ClinicSchedule open = schedule(zone, LocalTime.of(9, 0), LocalTime.of(17, 0));
        Interval lunch = new Interval(
                day.atTime(12, 0).atZone(zone).toInstant(),
                day.atTime(13, 0).atZone(zone).toInstant());
        Interval evening = new Interval(
                day.atTime(18, 0).atZone(zone).toInstant(),
                day.atTime(19, 0).atZone(zone).toInstant());
        ClinicSchedule changed = new ClinicSchedule(
                open.clinicId(),
                zone,
                open.settings(),
                open.services(),
                open.hours(),
                open.shifts(),
                open.chairs(),
                List.of(lunch),
                List.of(evening));

        List<Slot> slots = planner(changed).freeSlots(consult(), SlotPlanner.dayRange(zone, day, day), NOW);

        assertThat(slots)
                .extracting(s -> s.start().atZone(zone).toLocalTime().toString())
                .contains("11:30", "13:00", "18:00", "18:30")
                .doesNotContain("12:00", "12:30", "17:00", "19:00");
    }

    private static List<Slot> slots(ZoneId zone, LocalDate day) {
        ClinicSchedule schedule = schedule(zone, LocalTime.MIDNIGHT, LocalTime.of(6, 0));
        return planner(schedule).freeSlots(consult(), SlotPlanner.dayRange(zone, day, day), NOW);
    }

    private static SlotPlanner planner(ClinicSchedule schedule) {
        return new SlotPlanner(schedule, Map.of());
    }

    private static ServiceDefinition consult() {
        return new ServiceDefinition(ServiceType.FREE_CONSULT, 0, 30, 0, 0, 0);
    }

    static ClinicSchedule schedule(ZoneId zone, LocalTime opens, LocalTime closes) {
        UUID practitioner = UUID.randomUUID();
        List<ClinicSchedule.WeeklyHours> hours = new ArrayList<>();
        List<ClinicSchedule.Shift> shifts = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.add(new ClinicSchedule.WeeklyHours(day, opens, closes));
            shifts.add(new ClinicSchedule.Shift(practitioner, day, opens, closes, true));
        }
        return new ClinicSchedule(
                UUID.randomUUID(),
                zone,
                new ClinicSchedule.Settings(0, 730, 24, 30, 2),
                Map.of(ServiceType.FREE_CONSULT, consult()),
                hours,
                shifts,
                List.of(),
                List.of(),
                List.of());
    }
}
