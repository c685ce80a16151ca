package org.ketapath.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ketapath.identity.ConsentApi.Scope;
import org.ketapath.identity.domain.Mfa;
import org.ketapath.identity.domain.StaffAccounts;
import org.ketapath.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * PostgreSQL row-level security on consent, the second fence: a query that forgets its WHERE clause still
 * sees only the rows of the account it acts for, and nothing at all when it acts for nobody.
 */
@SpringBootTest
class ConsentRowSecurityTests {

    static final UUID CLINIC = UUID.fromString("c0000000-0000-4000-8000-0000000000a3");
    static final UUID OTHER = UUID.fromString("c0000000-0000-4000-8000-0000000000b3");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ConsentApi consents;

    @Autowired
    StaffAccounts staff;

    @Autowired
    Mfa mfa;

    private int visibleConsents(String accountId) {
        return new TransactionTemplate(transactions).execute(status -> {
            jdbc.sql("select set_config('app.account_id', :id, true)")
                    .param("id", accountId)
                    .query(String.class)
                    .single();
            jdbc.sql("set local role ketapath_fenced").update();
            return jdbc.sql("select count(*) from consent").query(Integer.class).single();
        });
    }

    @Test
    void each_account_sees_only_its_own_or_its_clinics_consents_and_nobody_sees_none() {
        IdentityFixtures fixtures = new IdentityFixtures(new Http(0), staff, mfa, jdbc);
        org.ketapath.support.DirectoryRows.clinics(jdbc, CLINIC, OTHER);
        UUID patient = fixtures.verifiedPatient(IdentityFixtures.uniqueEmail("rls"));
        UUID other = fixtures.verifiedPatient(IdentityFixtures.uniqueEmail("rls-other"));
        UUID clinician = staff.create(
                IdentityFixtures.uniqueEmail("rls-staff"),
                IdentityFixtures.PASSWORD,
                Role.CLINICIAN,
                java.util.Set.of(CLINIC));
        consents.grant(patient, CLINIC, Scope.ASSESSMENT_RESULTS);
        consents.grant(patient, OTHER, Scope.DIARY);
        consents.grant(other, OTHER, Scope.DIARY);

        assertThat(jdbc.sql("select count(*) from consent").query(Integer.class).single())
                .isEqualTo(3);
        assertThat(visibleConsents("")).as("no account: fails closed").isZero();
        assertThat(visibleConsents(patient.toString())).isEqualTo(2);
        assertThat(visibleConsents(other.toString())).isEqualTo(1);
        assertThat(visibleConsents(clinician.toString()))
                .as("only its clinic's")
                .isEqualTo(1);
    }

    @Test
    void nobody_writes_a_consent_for_another_patient() {
        IdentityFixtures fixtures = new IdentityFixtures(new Http(0), staff, mfa, jdbc);
        UUID patient = fixtures.verifiedPatient(IdentityFixtures.uniqueEmail("rls-w"));
        UUID intruder = fixtures.verifiedPatient(IdentityFixtures.uniqueEmail("rls-i"));

        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                    jdbc.sql("select set_config('app.account_id', :id, true)")
                            .param("id", intruder.toString())
                            .query(String.class)
                            .single();
                    jdbc.sql("set local role ketapath_fenced").update();
                    jdbc.sql("""
                                    insert into consent (id, patient_id, clinic_id, scope, granted_at)
                                    values (gen_random_uuid(), :p, :c, 'DIARY', now())
                                    """).param("p", patient).param("c", CLINIC).update();
                }))
                .hasStackTraceContaining("violates row-level security policy");
    }
}
