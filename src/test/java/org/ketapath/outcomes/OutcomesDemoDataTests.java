package org.ketapath.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ketapath.identity.ConsentApi;
import org.ketapath.identity.IdentityApi;
import org.ketapath.outcomes.domain.OutcomeService;
import org.ketapath.treatment.TreatmentApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/** The demo outcomes: 25 patients with diaries around signed 6-infusion courses, every number visible. */
@SpringBootTest(properties = {"ketapath.demo-data=true", "ketapath.scheduling.reminders.enabled=false"})
@DirtiesContext
class OutcomesDemoDataTests {

    static final UUID CLINIC = UUID.fromString("c0000000-0000-4000-8000-000000000001");

    @Autowired
    IdentityApi identity;

    @Autowired
    TreatmentApi treatment;

    @Autowired
    OutcomeService outcomes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    List<UUID> patients() {
        List<UUID> ids = new ArrayList<>();
        for (int k = 1; k <= 25; k++) {
            ids.add(identity.demoAccountId("patient" + k + "@demo.ketapath.test")
                    .orElseThrow());
        }
        return ids;
    }

    @Test
    void shouldGiveTwentyFivePatientsSignedSixInfusionCoursesWithPainBeforeAndAfter() {
        for (UUID patient : patients()) {
            List<TreatmentApi.CourseSummary> courses = treatment.courseSummaries(patient);
            assertThat(courses).hasSize(1);
            assertThat(courses.get(0).clinicId()).isEqualTo(CLINIC);
            assertThat(courses.get(0).signedSessions()).hasSize(6).allSatisfy(s -> {
                assertThat(s.before()).isNotNull();
                assertThat(s.after()).isNotNull();
                assertThat(s.doseAt()).isNotNull();
            });
        }
        assertThat(jdbc.sql("""
                        select count(*) from appointment where clinic_id = :c and status = 'COMPLETED'
                           and service = 'IV_INFUSION'
                        """).param("c", CLINIC).query(Integer.class).single())
                .isGreaterThanOrEqualTo(150);
    }

    @Test
    void shouldShowEveryNumberWithVariedResponsesAndSomeInvalidWindows() {
        int valid = 0;
        int responders = 0;
        int nonResponders = 0;
        int invalid = 0;
        for (UUID patient : patients()) {
            PatientOutcomes o = outcomes.atClinic(patient, CLINIC);
            assertThat(o.firstSession()).isNotNull();
            if (o.baseline().valid() && o.windows().get(0).valid()) {
                valid++;
            } else {
                invalid++;
            }
            if (Boolean.TRUE.equals(o.responder50())) {
                responders++;
            } else if (Boolean.FALSE.equals(o.responder50())) {
                nonResponders++;
            }
        }
        assertThat(valid).isGreaterThanOrEqualTo(20);
        assertThat(invalid).isGreaterThanOrEqualTo(3);
        assertThat(responders).isPositive();
        assertThat(nonResponders).isPositive();
    }

    @Test
    void shouldShareTheDiariesOfPatient1And2WithTheDemoClinic() {
        ConsentApi consents = context.getBean(ConsentApi.class);
        List<UUID> ids = patients();
        assertThat(consents.sharesWith(ids.get(0), CLINIC)).isTrue();
        assertThat(consents.sharesWith(ids.get(1), CLINIC)).isTrue();
        assertThat(jdbc.sql(
                                "select count(*) from consent where clinic_id = :c and scope = 'DIARY' and withdrawn_at is null")
                        .param("c", CLINIC)
                        .query(Integer.class)
                        .single())
                .isEqualTo(25);
    }

    @Test
    void shouldLoadOnlyOnce() throws Exception {
        int before = jdbc.sql("select count(*) from diary_entry")
                .query(Integer.class)
                .single();
        for (ApplicationRunner runner :
                context.getBeansOfType(ApplicationRunner.class).values()) {
            if (runner.getClass().getName().contains("outcomes")) {
                runner.run(new DefaultApplicationArguments());
            }
        }
        assertThat(jdbc.sql("select count(*) from diary_entry")
                        .query(Integer.class)
                        .single())
                .isEqualTo(before)
                .isGreaterThan(25 * 100);
        assertThat(jdbc.sql("select count(*) from treatment_course")
                        .query(Integer.class)
                        .single())
                .isEqualTo(25);
    }
}
