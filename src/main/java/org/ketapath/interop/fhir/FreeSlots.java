package org.ketapath.interop.fhir;

import ca.uhn.fhir.rest.param.DateRangeParam;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.interop.fhir.SchedulingIds.ScheduleKey;
import org.ketapath.interop.fhir.SchedulingIds.SlotKey;
import org.ketapath.scheduling.Availability;
import org.ketapath.scheduling.SchedulingApi;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Free slots of a clinic's service in a range of instants, from scheduling's availability. */
@Component
class FreeSlots {

    static final Duration DEFAULT_RANGE = Duration.ofDays(7);

    /** Two days under availability's limit: the dates asked for reach a day beyond either end. */
    static final int MAX_DAYS = SchedulingApi.MAX_RANGE_DAYS - 2;

    private final SchedulingApi scheduling;
    private final Clock clock;

    FreeSlots(SchedulingApi scheduling, ObjectProvider<Clock> clock) {
        this.scheduling = scheduling;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    Instant now() {
        return clock.instant();
    }

    /** The range a {@code start} or {@code date} parameter gives, from now for 7 days when it gives no bounds. */
    Range range(@Nullable DateRangeParam range, String parameter) {
        return Range.of(range, parameter, now());
    }

    /** A free slot: its key, its end, and the practitioner who would see the patient. */
    record Found(SlotKey key, Instant end, UUID practitionerId) {}

    /**
     * A range of instants [from, to), at most {@link SchedulingApi#MAX_RANGE_DAYS} days long.
     *
     * @param from inclusive
     * @param to exclusive
     */
    record Range(Instant from, Instant to) {

        static Range of(@Nullable DateRangeParam range, String parameter, Instant now) {
            Date lower = range == null ? null : range.getLowerBoundAsInstant();
            Date upper = range == null ? null : range.getUpperBoundAsInstant();
            Instant from = lower == null ? now : lower.toInstant();
            Instant to = upper == null ? from.plus(DEFAULT_RANGE) : upper.toInstant();
            if (!to.isAfter(from)) {
                throw Problems.invalid(parameter, "must give a range whose end comes after its start");
            }
            if (Duration.between(from, to).compareTo(Duration.ofDays(MAX_DAYS)) > 0) {
                throw Problems.invalid(parameter, "must give a range of at most " + MAX_DAYS + " days");
            }
            return new Range(from, to);
        }
    }

    List<Found> between(ScheduleKey key, Range range) {
        ZoneId utc = ZoneId.of("UTC");
        // Dates in UTC with a day either side cover the range in any clinic zone; instants then filter exactly.
        LocalDate first = LocalDate.ofInstant(range.from(), utc).minusDays(1);
        LocalDate last = LocalDate.ofInstant(range.to(), utc).plusDays(1);
        Optional<Availability> availability = scheduling.availability(key.clinicId(), key.service(), first, last);
        List<Found> found = new ArrayList<>();
        availability.ifPresent(a -> a.slots().stream()
                .filter(s -> !s.start().isBefore(range.from()) && s.start().isBefore(range.to()))
                .forEach(s -> found.add(new Found(
                        new SlotKey(key.clinicId(), key.service(), s.start(), s.locationId()),
                        s.end(),
                        s.practitionerId()))));
        return found;
    }

    /** The slot, if it is still free now. */
    Optional<Found> stillFree(SlotKey key) {
        Range around = new Range(key.start(), key.start().plusSeconds(1));
        return between(key.schedule(), around).stream()
                .filter(f -> f.key().equals(key))
                .findFirst();
    }
}
