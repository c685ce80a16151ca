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

/** Everything that decides a clinic's availability except its bookings: loaded in a few queries. */
record ClinicSchedule(
        UUID clinicId,
        ZoneId zone,
        Settings settings,
        Map<ServiceType, ServiceDefinition> services,
        List<WeeklyHours> hours,
        List<Shift> shifts,
        List<UUID> chairs,
        List<Interval> closures,
        List<Interval> extraHours) {

    record Settings(int minNoticeMinutes, int horizonDays, int freeCancelHours, int stepMinutes, int nurseMaxChairs) {}

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
