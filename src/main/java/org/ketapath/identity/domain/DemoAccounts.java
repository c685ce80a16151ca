package org.ketapath.identity.domain;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ketapath.identity.ConsentApi.Scope;
import org.ketapath.identity.Role;
import org.ketapath.platform.DemoData;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo accounts for the embedded default (never with an external database unless asked): thirty patients, a
 * clinician and a clinic admin of the demo clinic, and a platform admin, all with verified e-mail and the
 * password {@value #PASSWORD}. Staff TOTP secrets are fixed so they can be added to an authenticator app;
 * the logins are printed at startup. Idempotent: the embedded database keeps its data across restarts.
 */
@Component
@DemoData
@Order(200)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "demo-password-1";

    /** Demo patients: patient1 ... patient30 (the outcomes module's demo diaries use them all). */
    static final int PATIENTS = 30;

    static final UUID DEMO_CLINIC = UUID.fromString("c0000000-0000-4000-8000-000000000001");

    record Staff(String email, Role role, String totpSecret) {}

    static final List<Staff> STAFF = List.of(
            new Staff("clinician@demo.ketapath.test", Role.CLINICIAN, "KETAPATHDEMOCLINICIANSECRETAAAAA"),
            new Staff("clinic-admin@demo.ketapath.test", Role.CLINIC_ADMIN, "KETAPATHDEMOCLINICADMINSECRETAAA"),
            new Staff("admin@demo.ketapath.test", Role.PLATFORM_ADMIN, "KETAPATHDEMOPLATFORMADMINSECRETA"));

    private final StaffAccounts accounts;
    private final Mfa mfa;
    private final Consents consents;
    private final PrintStream out;

    DemoAccounts(StaffAccounts accounts, Mfa mfa, Consents consents) {
        this.accounts = accounts;
        this.mfa = mfa;
        this.consents = consents;
        this.out = System.out;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (int i = 1; i <= PATIENTS; i++) {
            UUID id = accounts.createVerifiedPatient(
                    "patient" + i + "@demo.ketapath.test",
                    PASSWORD,
                    new PatientDetails(
                            "Demo",
                            "Patient" + i,
                            i <= 10
                                    ? LocalDate.of(1970 + i * 3, i, 10 + i)
                                    : LocalDate.of(1955 + i, 1 + i % 12, 1 + i % 28),
                            "1000" + (i % 10),
                            null));
            if (i <= 2) {
                consents.grant(id, DEMO_CLINIC, Scope.ASSESSMENT_RESULTS);
            }
        }
        for (Staff staff : STAFF) {
            UUID id = accounts.create(staff.email(), PASSWORD, staff.role(), Set.of(DEMO_CLINIC));
            mfa.enrolWithSecret(id, staff.totpSecret());
        }
        printBanner();
    }

    private void printBanner() {
        StringBuilder banner = new StringBuilder();
        banner.append(
                "\n==================== KetaPath demo accounts (demo data, not real people) ====================\n");
        banner.append("Password for every account: ").append(PASSWORD).append('\n');
        banner.append("Patients: patient1@demo.ketapath.test ... patient" + PATIENTS + "@demo.ketapath.test"
                + " (patient1 and patient2 share assessment results with the demo clinic)\n");
        for (Staff staff : STAFF) {
            banner.append(
                    String.format("%-34s %-15s TOTP secret %s%n", staff.email(), staff.role(), staff.totpSecret()));
            banner.append("    ")
                    .append(Mfa.enrolment(staff.email(), staff.totpSecret()).otpauthUri())
                    .append('\n');
        }
        banner.append("Staff belong to demo clinic ").append(DEMO_CLINIC).append('\n');
        banner.append(
                "==============================================================================================\n");
        out.print(banner);
        out.flush();
    }
}
