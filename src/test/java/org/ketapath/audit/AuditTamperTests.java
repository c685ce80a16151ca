package org.ketapath.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.ketapath.KetaPathApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Someone with database superuser rights edits or removes audit rows behind the application's back: the
 * verification finds the first broken row, through the API's service and the command-line mode.
 * Runs on a database of its own (the property below gives it its own application context).
 */
@SpringBootTest(properties = "ketapath.test.isolation=audit-tamper")
class AuditTamperTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditReports reports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Environment environment;

    @Test
    void an_edited_row_is_found_by_the_service_and_the_command_line() throws Exception {
        for (int i = 0; i < 5; i++) {
            trail.record(AuditEvent.success("READ", "Patient", "p-" + i, UUID.randomUUID()));
        }
        assertThat(reports.verify().intact()).isTrue();
        Cli intact = verifyAuditCli();
        assertThat(intact.exitCode()).isZero();
        assertThat(intact.output()).contains("Audit trail intact: 5 rows checked.");

        asSuperuserBypassingTriggers("update audit_event set resource_id = 'p-forged' where seq = 3");

        AuditReports.ChainVerification broken = reports.verify();
        assertThat(broken.intact()).isFalse();
        assertThat(broken.firstBrokenRow()).isEqualTo(3L);
        assertThat(broken.problem()).contains("does not match its hash");
        Cli report = verifyAuditCli();
        assertThat(report.exitCode()).isEqualTo(2);
        assertThat(report.output()).contains("Audit trail BROKEN at row 3 of 5");

        asSuperuserBypassingTriggers("update audit_event set resource_id = 'p-2' where seq = 3");
        assertThat(reports.verify().intact()).isTrue();

        asSuperuserBypassingTriggers("delete from audit_event where seq = 4");
        AuditReports.ChainVerification removed = reports.verify();
        assertThat(removed.intact()).isFalse();
        assertThat(removed.firstBrokenRow()).isEqualTo(5L);
    }

    private void asSuperuserBypassingTriggers(String sql) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql(sql).update();
        });
    }

    /** Runs {@code KetaPathApplication --verify-audit} in a JVM of its own against this test's database. */
    private Cli verifyAuditCli() throws IOException, InterruptedException {
        String url = jdbc.sql(
                        "select 'jdbc:postgresql://127.0.0.1:' || current_setting('port') || '/' || current_database()")
                .query(String.class)
                .single();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                KetaPathApplication.class.getName(),
                "--verify-audit",
                "--ketapath.db.url=" + url,
                "--ketapath.db.user=postgres",
                "--logging.file.name=target/test-logs/verify-audit-cli.log"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Cli(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    record Cli(int exitCode, String output) {}
}
