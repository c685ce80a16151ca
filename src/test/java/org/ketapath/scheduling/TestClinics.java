package org.ketapath.scheduling;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ketapath.scheduling.domain.ScheduleSetup;
import org.ketapath.scheduling.domain.ServiceDefinition;

/** Clinics for tests, each with a fresh id. */
public final class TestClinics {

    private TestClinics() {}

    public static final List<DayOfWeek> EVERY_DAY = List.of(DayOfWeek.values());

    /** Open every day 09:00-17:00 New York time, consultations of 30 min, infusions 10+45+30, 2 chairs. */
    public static ScheduleSetup.ClinicSetup standard(int practitioners) {
        return clinic(ZoneId.of("America/New_York"), practitioners, LocalTime.of(9, 0), LocalTime.of(17, 0));
    }

    public static ScheduleSetup.ClinicSetup clinic(ZoneId zone, int practitioners, LocalTime opens, LocalTime closes) {
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < practitioners; i++) {
            people.add(UUID.randomUUID());
        }
        return new ScheduleSetup.ClinicSetup(
                UUID.randomUUID(),
                zone,
                List.of(
                        new ServiceDefinition(ServiceType.FREE_CONSULT, 0, 30, 0, 0, 0),
                        new ServiceDefinition(ServiceType.IV_INFUSION, 10, 45, 30, 0, 15)),
                EVERY_DAY,
                opens,
                closes,
                people,
                people,
                2,
                120);
    }
}
