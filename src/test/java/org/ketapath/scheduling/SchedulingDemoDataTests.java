package org.ketapath.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/** The demo clinic's schedule: weekdays, 20-minute free consultations, infusions; loading twice is harmless. */
@SpringBootTest(
        properties = {
            "ketapath.demo-data=true",
            "ketapath.scheduling.reminders.enabled=false",
            "spring.datasource.hikari.minimum-idle=2"
        })
@Import(SchedulingTestConfiguration.class)
@org.springframework.test.annotation.DirtiesContext
class SchedulingDemoDataTests {

    static final UUID DEMO_CLINIC = UUID.fromString("c0000000-0000-4000-8000-000000000001");

    @Autowired
    SchedulingApi scheduling;

    @Autowired
    ApplicationContext context;

    @Test
    void the_demo_clinic_offers_weekday_consultations_and_infusions_and_loading_is_idempotent() throws Exception {
        ApplicationArguments args = new DefaultApplicationArguments();
        for (ApplicationRunner runner :
                context.getBeansOfType(ApplicationRunner.class).values()) {
            if (runner.getClass().getName().contains("scheduling")) {
                runner.run(args);
            }
        }
        // 2026-12-14 is a Monday, 2026-12-19 a Saturday.
        Availability monday = scheduling
                .availability(
                        DEMO_CLINIC, ServiceType.FREE_CONSULT, LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 14))
                .orElseThrow();
        assertThat(monday.zone().getId()).isEqualTo("America/New_York");
        assertThat(monday.slots()).isNotEmpty();
        assertThat(monday.slots().get(0).end())
                .isEqualTo(monday.slots().get(0).start().plusSeconds(20 * 60));
        assertThat(monday.slots().stream().map(Slot::practitionerId).distinct())
                .allMatch(id -> id.toString().startsWith("d0000000-0000-4000-8000-00000000000"));
        assertThat(scheduling
                        .availability(
                                DEMO_CLINIC,
                                ServiceType.IV_INFUSION,
                                LocalDate.of(2026, 12, 14),
                                LocalDate.of(2026, 12, 14))
                        .orElseThrow()
                        .slots())
                .isNotEmpty();
        assertThat(scheduling
                        .availability(
                                DEMO_CLINIC,
                                ServiceType.FREE_CONSULT,
                                LocalDate.of(2026, 12, 19),
                                LocalDate.of(2026, 12, 19))
                        .orElseThrow()
                        .slots())
                .isEmpty();
    }
}
