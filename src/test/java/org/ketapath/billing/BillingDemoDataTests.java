package org.ketapath.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ketapath.billing.domain.Caller;
import org.ketapath.billing.domain.Estimates;
import org.ketapath.billing.domain.SuperbillDocument;
import org.ketapath.billing.domain.SuperbillRequest;
import org.ketapath.billing.domain.Superbills;
import org.ketapath.identity.IdentityApi;
import org.ketapath.platform.DemoData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * On a fresh start with demo data, patient1 gets a superbill for their past six infusions without typing
 * anything, the provider page has its course estimate, and loading again changes nothing.
 */
@SpringBootTest(properties = {"ketapath.demo-data=true", "ketapath.scheduling.reminders.enabled=false"})
@DirtiesContext
class BillingDemoDataTests {

    @Autowired
    IdentityApi identity;

    @Autowired
    Superbills superbills;

    @Autowired
    Estimates estimates;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void shouldLetPatient1IssueASuperbillForTheirDemoCourseOnTheFirstStart() {
        UUID patient1 = identity.demoAccountId("patient1@demo.ketapath.test").orElseThrow();
        LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
        Superbills.Issued issued = superbills.issue(
                new Caller(patient1, true, false, false, Set.of()),
                new SuperbillRequest(null, null, today.minusDays(120), today, null, null));
        SuperbillDocument d = issued.document();
        assertThat(issued.clinicId()).isEqualTo(DemoData.Clinics.PHILADELPHIA);
        assertThat(d.visits()).hasSize(6);
        assertThat(d.visits()).allSatisfy(v -> {
            assertThat(v.placeOfService()).isEqualTo("11");
            assertThat(v.lines().get(0).code()).isEqualTo("96365");
            assertThat(v.lines().get(1).code()).isEqualTo("J3490");
            assertThat(v.lines().get(1).drugInfo()).startsWith("N442023011310 ME");
        });
        assertThat(d.clinic().taxId()).isEqualTo("00-1234567");
        assertThat(d.clinic().organisationNpi()).isNotNull();
        assertThat(d.clinicians()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.npi()).hasSize(10);
            assertThat(c.licenceState()).isEqualTo("PA");
        });
        assertThat(d.diagnoses()).extracting(SuperbillDocument.Diagnosis::code).containsAnyOf("G43.709", "G43.719");
        assertThat(d.patient().address().street()).isEqualTo("1 Demo Lane");
        assertThat(d.totalCharge().cents()).isEqualTo(6 * 55_000);

        assertThat(estimates
                        .typicalCourse(DemoData.Clinics.PHILADELPHIA)
                        .orElseThrow()
                        .headline())
                .isEqualTo("A typical course of 6 IV infusions: $3,000");
    }

    @Test
    void shouldKeepAnAdminsPricesWhenTheDemoDataLoadsAgain() throws Exception {
        jdbc.sql(
                        "update billing_service_price set amount_cents = 60000 where clinic_id = :c and service = 'IV_INFUSION'")
                .param("c", DemoData.Clinics.PHILADELPHIA)
                .update();
        for (ApplicationRunner runner :
                context.getBeansOfType(ApplicationRunner.class).values()) {
            if (runner.getClass().getName().contains("billing")) {
                runner.run(new DefaultApplicationArguments());
            }
        }
        assertThat(jdbc.sql(
                                "select amount_cents from billing_service_price where clinic_id = :c and service = 'IV_INFUSION'")
                        .param("c", DemoData.Clinics.PHILADELPHIA)
                        .query(Long.class)
                        .single())
                .isEqualTo(60_000L);
        assertThat(jdbc.sql("select count(*) from billing_patient_details")
                        .query(Long.class)
                        .single())
                .isEqualTo(2L);
    }
}
