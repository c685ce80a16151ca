package org.ketapath.scheduling.domain;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.scheduling.ServiceType;

/**
 * Everything that decides a clinic's availability except its bookings: loaded in a few queries.
 *
 * @param chairs all the clinic's chairs, location by location in the order of {@code locations}
 * @param locations the locations with chairs, each with its chairs (by label, id); a location comes in the order
 *     of its first chair by label, so the order is stable and the clinic sets it by naming its chairs
 */
record ClinicSchedule(
        UUID clinicId,
        ZoneId zone,
        Settings settings,
        Map<ServiceType, ServiceDefinition> services,
        List<WeeklyHours> hours,
        List<Shift> shifts,
        List<UUID> chairs,
        List<Interval> closures,
        List<Interval> extraHours,
        List<Location> locations) {

    /** A schedule whose chairs all stand at one location whose id is not known (planner tests, benchmarks). */
    ClinicSchedule(
            UUID clinicId,
            ZoneId zone,
            Settings settings,
            Map<ServiceType, ServiceDefinition> services,
            List<WeeklyHours> hours,
            List<Shift> shifts,
            List<UUID> chairs,
            List<Interval> closures,
            List<Interval> extraHours) {
        this(
                clinicId,
                zone,
                settings,
                services,
                hours,
                shifts,
                chairs,
                closures,
                extraHours,
                chairs.isEmpty() ? List.of() : List.of(new Location(null, chairs)));
    }

    /** A location of the clinic and the chairs that stand there; the id is null only in hand-made schedules. */
    record Location(@Nullable UUID id, List<UUID> chairs) {}

    /** The location with this id that has chairs, or null. */
    @Nullable
    Location location(UUID locationId) {
        for (Location l : locations) {
            if (locationId.equals(l.id())) {
                return l;
            }
        }
        return null;
    }

    /** The location of a chair, or null when the chair is not the clinic's (or the location is unknown). */
    @Nullable
    UUID locationOf(@Nullable UUID chairId) {
        if (chairId == null) {
            return null;
        }
        for (Location l : locations) {
            if (l.chairs().contains(chairId)) {
                return l.id();
            }
        }
        return null;
    }

    /** The clinic's booking rules; {@code onlineBooking} false: patients book by phone, never online. */
    record Settings(
            int minNoticeMinutes,
            int horizonDays,
            int freeCancelHours,
            int stepMinutes,
            int nurseMaxChairs,
            boolean onlineBooking) {

        /** Settings of a clinic that takes online bookings. */
        Settings(int minNoticeMinutes, int horizonDays, int freeCancelHours, int stepMinutes, int nurseMaxChairs) {
            this(minNoticeMinutes, horizonDays, freeCancelHours, stepMinutes, nurseMaxChairs, true);
        }
    }

    record WeeklyHours(DayOfWeek day, LocalTime opens, LocalTime closes) {}

    record Shift(UUID practitionerId, DayOfWeek day, LocalTime starts, LocalTime ends, boolean monitorsChairs) {}

    @Nullable
    ServiceDefinition service(ServiceType type) {
        return services.get(type);
    }

    /** The resource id of the k-th chair a monitoring practitioner can watch at once. */
    static UUID nurseSlot(UUID practitionerId, int k) {
        return UUID.nameUUIDFromBytes((practitionerId + "/nurse-slot/" + k).getBytes(StandardCharsets.UTF_8));
    }
}
