package org.ketapath.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The batched, early-stopping {@link SchedulingApi#soonestSlots} gives exactly what planning each clinic's whole
 * availability and merging would: same slots, same order, whatever the limit, start or bookings.
 */
class SoonestSlotsTests extends SchedulingHttpTest {

    @Autowired
    SchedulingApi api;

    @Test
    void the_batched_search_equals_merging_every_clinic_s_availability() {
        Random random = new Random(6);
        List<UUID> clinics = new ArrayList<>();
        String[] zones = {"America/New_York", "America/Chicago", "America/Los_Angeles", "Pacific/Honolulu"};
        for (int i = 0; i < 6; i++) {
            clinics.add(clinic(TestClinics.clinic(
                    ZoneId.of(zones[i % zones.length]),
                    1 + random.nextInt(2),
                    LocalTime.of(7 + random.nextInt(4), 0),
                    LocalTime.of(13 + random.nextInt(5), 0))));
        }
        clinics.add(UUID.randomUUID()); // no schedule: ignored
        // Fill the first days densely so that the soonest slots lie days ahead at some clinics.
        int booked = 0;
        for (UUID clinic : clinics.subList(0, 6)) {
            List<Slot> slots = all(clinic).subList(0, 40 + random.nextInt(40));
            for (Slot slot : slots) {
                if (random.nextInt(10) < 8) {
                    int status = book(
                                    UUID.randomUUID(),
                                    UUID.randomUUID().toString(),
                                    clinic,
                                    "IV_INFUSION",
                                    iso(slot.start()))
                            .statusCode();
                    booked += status == 201 ? 1 : 0;
                }
            }
        }
        assertThat(booked).as("bookings made").isGreaterThan(100);
        for (int round = 0; round < 12; round++) {
            int limit = List.of(1, 3, 10, 50, 400).get(random.nextInt(5));
            Instant after = SchedulingTestConfiguration.START.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 20)));
            List<UUID> some = new ArrayList<>(clinics);
            java.util.Collections.shuffle(some, random);
            some = some.subList(0, 2 + random.nextInt(some.size() - 1));

            List<SchedulingApi.ClinicSlot> expected = new ArrayList<>();
            for (UUID clinic : some) {
                for (Slot slot : all(clinic)) {
                    if (!slot.start().isBefore(after)
                            && slot.start().isBefore(after.plus(Duration.ofDays(SchedulingApi.SOONEST_HORIZON_DAYS)))) {
                        expected.add(new SchedulingApi.ClinicSlot(clinic, zone(clinic), slot));
                    }
                }
            }
            expected.sort(Comparator.comparing(
                            (SchedulingApi.ClinicSlot s) -> s.slot().start())
                    .thenComparing(SchedulingApi.ClinicSlot::clinicId));
            List<SchedulingApi.ClinicSlot> got = api.soonestSlots(some, ServiceType.IV_INFUSION, after, limit);

            assertThat(got)
                    .as("limit %d after %s", limit, after)
                    .containsExactlyElementsOf(expected.subList(0, Math.min(limit, expected.size())));
        }
    }

    private List<Slot> all(UUID clinic) {
        LocalDate first = LocalDate.ofInstant(SchedulingTestConfiguration.START, java.time.ZoneOffset.UTC)
                .minusDays(1);
        List<Slot> slots = new ArrayList<>();
        for (int block = 0; block < 2; block++) {
            LocalDate from = first.plusDays(block * (long) SchedulingApi.MAX_RANGE_DAYS);
            api.availability(clinic, ServiceType.IV_INFUSION, from, from.plusDays(SchedulingApi.MAX_RANGE_DAYS - 1))
                    .ifPresent(a -> slots.addAll(a.slots()));
        }
        return slots;
    }

    private ZoneId zone(UUID clinic) {
        return api.availability(clinic, ServiceType.IV_INFUSION, day(), day())
                .orElseThrow()
                .zone();
    }

    private static String iso(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(java.time.ZoneOffset.UTC));
    }
}
