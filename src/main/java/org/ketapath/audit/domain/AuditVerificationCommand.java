package org.ketapath.audit.domain;

import org.ketapath.audit.AuditReports;
import org.ketapath.audit.AuditReports.ChainVerification;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar ketapath.jar --verify-audit}: verifies the audit chain, prints the verdict and exits with
 * status 0 when intact, 2 when a row is broken. Started without the web server (see KetaPathApplication).
 */
@Component
@Order(0)
class AuditVerificationCommand implements ApplicationRunner {

    static final String OPTION = "verify-audit";

    private final AuditReports reports;
    private final ApplicationContext context;

    AuditVerificationCommand(AuditReports reports, ApplicationContext context) {
        this.reports = reports;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        ChainVerification result = reports.verify();
        System.out.println(describe(result));
        int status = result.intact() ? 0 : 2;
        System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> status));
    }

    static String describe(ChainVerification result) {
        return result.intact()
                ? "Audit trail intact: " + result.rowsChecked() + " rows checked."
                : "Audit trail BROKEN at row " + result.firstBrokenRow() + " of " + result.rowsChecked() + ": "
                        + result.problem();
    }
}
