package org.ketapath.scheduling.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ketapath.platform.DemoData;
import org.ketapath.scheduling.ClinicResources;
import org.ketapath.scheduling.ServiceType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every demo clinic's schedule, so a patient anywhere in the demo data can book. Philadelphia: America/New_York,
 * weekdays 09:00-17:00, free consultations of 20 minutes and IV infusions (10 min pre-check, 45 min infusion, 30
 * min monitoring), four chairs, three practitioners with the fixed ids {@link #PRACTITIONERS} (the directory's
 * demo practitioners use the same ids). The generated clinics: hours in their own zone (08:00-16:00, 09:00-17:00
 * or 10:00-18:00 local, some also on Saturdays), their practitioners on shift for all of them, free consultations
 * of 15, 20 or 30 minutes, and where they offer IV infusions two to four chairs at their location; every tenth
 * books by phone only ({@link DemoData.Clinics#phoneOnly}). Bookable from 2 hours to 180 days ahead. Idempotent:
 * a clinic that already has a schedule is left as it is.
 */
@Component
@DemoData
@Order(300)
class SchedulingDemoData implements ApplicationRunner {

    static final UUID DEMO_CLINIC = DemoData.Clinics.PHILADELPHIA;
    static final List<UUID> PRACTITIONERS = List.of(
            UUID.fromString("d0000000-0000-4000-8000-000000000001"),
            UUID.fromString("d0000000-0000-4000-8000-000000000002"),
            UUID.fromString("d0000000-0000-4000-8000-000000000003"));

    private static final List<DayOfWeek> WEEKDAYS =
            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private static final Logger log = LoggerFactory.getLogger(SchedulingDemoData.class);

    private final ScheduleSetup setup;
    private final ClinicResources directory;

    SchedulingDemoData(ScheduleSetup setup, ClinicResources directory) {
        this.setup = setup;
        this.directory = directory;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int created = 0;
        if (!setup.exists(DEMO_CLINIC)) {
            // The directory's demo data (loaded first) lists the clinic, its practitioners and its location.
            List<ClinicResources.Place> locations = directory.locations(DEMO_CLINIC);
            if (locations.isEmpty()) {
                log.warn("Demo schedules skipped: the directory does not list the demo clinic {}", DEMO_CLINIC);
                return;
            }
            setup.create(new ScheduleSetup.ClinicSetup(
                    DEMO_CLINIC,
                    ZoneId.of("America/New_York"),
                    List.of(
                            new ServiceDefinition(ServiceType.FREE_CONSULT, 0, 20, 0, 0, 10),
                            new ServiceDefinition(ServiceType.IV_INFUSION, 10, 45, 30, 0, 15)),
                    WEEKDAYS,
                    LocalTime.of(9, 0),
                    LocalTime.of(17, 0),
                    PRACTITIONERS,
                    List.of(PRACTITIONERS.get(1), PRACTITIONERS.get(2)),
                    4,
                    120,
                    locations.get(0).id()));
            created++;
        }
        for (int n = 1; n <= DemoData.Clinics.GENERATED; n++) {
            UUID clinic = DemoData.Clinics.generated(n);
            if (!setup.exists(clinic) && generated(n, clinic)) {
                created++;
            }
        }
        if (created > 0) {
            log.info("Demo schedules created for {} clinics", created);
        }
    }

    /** The n-th generated clinic's schedule; false when the directory does not list it. */
    private boolean generated(int n, UUID clinic) {
        List<ClinicResources.Place> locations = directory.locations(clinic);
        List<UUID> practitioners = directory.practitioners(clinic).stream()
                .map(ClinicResources.Person::id)
                .toList();
        ZoneId zone = directory.zone(clinic).orElse(null);
        if (locations.isEmpty() || practitioners.isEmpty() || zone == null) {
            return false;
        }
        boolean infusions = directory.modalities(clinic).contains("IV_INFUSION");
        List<ServiceDefinition> services = new ArrayList<>();
        services.add(new ServiceDefinition(
                ServiceType.FREE_CONSULT, 0, List.of(15, 20, 30).get(n % 3), 0, 0, 5));
        if (infusions) {
            services.add(new ServiceDefinition(ServiceType.IV_INFUSION, 10, 40 + 5 * (n % 3), 30, 0, 15));
        }
        List<DayOfWeek> days = new ArrayList<>(WEEKDAYS);
        if (n % 4 == 0) {
            days.add(DayOfWeek.SATURDAY);
        }
        LocalTime opens = LocalTime.of(8 + n % 3, 0);
        setup.create(new ScheduleSetup.ClinicSetup(
                clinic,
                zone,
                services,
                days,
                opens,
                opens.plusHours(8),
                practitioners,
                infusions ? practitioners : List.of(),
                infusions ? 2 + n % 3 : 0,
                120,
                locations.get(0).id(),
                !DemoData.Clinics.phoneOnly(n)));
        return true;
    }
}
