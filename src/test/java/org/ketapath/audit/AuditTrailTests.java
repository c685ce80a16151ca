package org.ketapath.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ketapath.audit.AuditEvent.Outcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

@SpringBootTest
class AuditTrailTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditReports reports;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void records_who_did_what_to_whose_record() {
        UUID clinician = UUID.randomUUID();
        UUID clinic = UUID.randomUUID();
        UUID patient = UUID.randomUUID();
        signIn(clinician, "ROLE_CLINICIAN");

        trail.record(AuditEvent.success("READ", "Assessment", "a-1", patient).forClinic(clinic));

        List<AuditReports.Access> accesses = reports.accessesTo(patient, 10);
        assertThat(accesses).singleElement().satisfies(access -> {
            assertThat(access.actorId()).isEqualTo(clinician);
            assertThat(access.actorRole()).isEqualTo("CLINICIAN");
            assertThat(access.clinicId()).isEqualTo(clinic);
            assertThat(access.action()).isEqualTo("READ");
            assertThat(access.resourceType()).isEqualTo("Assessment");
            assertThat(access.outcome()).isEqualTo("SUCCESS");
        });
        assertThat(reports.verify().intact()).isTrue();
    }

    @Test
    void access_report_lists_newest_first_and_only_that_patient() {
        UUID patient = UUID.randomUUID();
        trail.record(AuditEvent.success("READ", "Patient", null, patient));
        trail.record(AuditEvent.success("EXPORT", "Patient", null, patient).withOutcome(Outcome.DENIED));
        trail.record(AuditEvent.success("READ", "Patient", null, UUID.randomUUID()));

        assertThat(reports.accessesTo(patient, 10))
                .extracting(AuditReports.Access::action, AuditReports.Access::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("EXPORT", "DENIED"),
                        org.assertj.core.groups.Tuple.tuple("READ", "SUCCESS"));
    }

    @Test
    void rows_cannot_be_updated_or_deleted() {
        UUID patient = UUID.randomUUID();
        trail.record(AuditEvent.success("READ", "Patient", null, patient));
        long seq = jdbc.sql("select max(seq) from audit_event where patient_id = :p")
                .param("p", patient)
                .query(Long.class)
                .single();

        assertThatThrownBy(() -> jdbc.sql("update audit_event set action = 'DELETE' where seq = :s")
                        .param("s", seq)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where seq = :s")
                        .param("s", seq)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update())
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("append-only");
        assertThat(reports.verify().intact()).isTrue();
    }

    @Test
    void concurrent_writers_keep_one_unbroken_chain() throws Exception {
        long before = reports.verify().rowsChecked();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        trail.record(AuditEvent.success("READ", "Patient", null, UUID.randomUUID()));
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdown();
        }

        AuditReports.ChainVerification result = reports.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.rowsChecked()).isEqualTo(before + 200);
    }

    private static void signIn(UUID account, String role) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        account.toString(), null, List.of(new SimpleGrantedAuthority(role))));
    }
}
