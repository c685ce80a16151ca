package org.ketapath.scheduling;

import java.time.LocalDate;
import java.util.UUID;
import org.ketapath.identity.domain.PatientDetails;
import org.ketapath.identity.domain.StaffAccounts;

/** Real, verified patient accounts for scheduling tests whose bookings reach other modules (consent). */
final class TestPatients {

    private TestPatients() {}

    static UUID create(StaffAccounts accounts) {
        return accounts.createVerifiedPatient(
                "patient-" + UUID.randomUUID() + "@patients.test",
                "a-long-test-passphrase",
                new PatientDetails("Test", "Patient", LocalDate.of(1980, 1, 1), "19107", null));
    }
}
