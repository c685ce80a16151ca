package org.ketapath.scheduling.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.ketapath.platform.DemoData;
import org.ketapath.scheduling.ClinicResources;
import org.ketapath.scheduling.ServiceType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo clinic's schedule: America/New_York, weekdays 09:00-17:00, free consultations of 20 minutes and IV
 * infusions (10 min pre-check, 45 min infusion, 30 min monitoring), four chairs, three practitioners with the
 * fixed ids {@link #PRACTITIONERS} (the directory's demo practitioners use the same ids). Bookable from 2 hours
 * to 180 days ahead. Idempotent: skipped when the clinic already has a schedule.
 */
@Component
@DemoData
@Order(300)
class SchedulingDemoData implements ApplicationRunner {

    static final UUID DEMO_CLINIC = UUID.fromString("c0000000-0000-4000-8000-000000000001");
    static final List<UUID> PRACTITIONERS = List.of(
            UUID.fromString("d0000000-0000-4000-8000-000000000001"),
            UUID.fromString("d0000000-0000-4000-8000-000000000002"),
            UUID.fromString("d0000000-0000-4000-8000-000000000003"));

    private static final Logger log = LoggerFactory.getLogger(SchedulingDemoData.class);

    private final ScheduleSetup setup;
    private final ObjectProvider<ClinicResources> directory;

    SchedulingDemoData(ScheduleSetup setup, ObjectProvider<ClinicResources> directory) {
        this.setup = setup;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (setup.exists(DEMO_CLINIC)) {
            return;
        }
        // The directory's demo data (loaded first) lists the clinic, its practitioners and its location.
        ClinicResources resources = directory.getIfAvailable();
        List<ClinicResources.Place> locations = resources == null ? List.of() : resources.locations(DEMO_CLINIC);
        if (locations.isEmpty()) {
            log.warn("Demo schedule skipped: the directory does not list the demo clinic {}", DEMO_CLINIC);
            return;
        }
        setup.create(new ScheduleSetup.ClinicSetup(
                DEMO_CLINIC,
                ZoneId.of("America/New_York"),
                List.of(
                        new ServiceDefinition(ServiceType.FREE_CONSULT, 0, 20, 0, 0, 10),
                        new ServiceDefinition(ServiceType.IV_INFUSION, 10, 45, 30, 0, 15)),
                List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                LocalTime.of(9, 0),
                LocalTime.of(17, 0),
                PRACTITIONERS,
                List.of(PRACTITIONERS.get(1), PRACTITIONERS.get(2)),
                4,
                120,
                locations.get(0).id()));
        log.info("Demo schedule created for clinic {}", DEMO_CLINIC);
    }
}
