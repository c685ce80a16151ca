package org.ketapath.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ketapath.identity.domain.PatientDetails;
import org.ketapath.identity.domain.StaffAccounts;
import org.ketapath.scheduling.PatientContacts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Booking messages go to a patient's verified address, and to nobody else. */
@SpringBootTest
class BookingLinksTests {

    @Autowired
    PatientContacts contacts;

    @Autowired
    StaffAccounts accounts;

    @Test
    void booking_mail_goes_to_the_verified_patient_address_only() {
        String email = "booking-" + UUID.randomUUID() + "@example.test";
        UUID patient = accounts.createVerifiedPatient(
                email,
                "a-long-test-passphrase",
                new PatientDetails("Ada", "Test", LocalDate.of(1985, 5, 5), "19107", null));
        UUID clinician = accounts.create(
                "c-" + UUID.randomUUID() + "@staff.test", "a-long-test-passphrase", Role.CLINICIAN, List.of());

        assertThat(contacts.emailOf(patient)).hasValue(email);
        assertThat(contacts.emailOf(UUID.randomUUID())).isEmpty();
        assertThat(contacts.emailOf(clinician))
                .as("staff accounts are created with a verified address")
                .isPresent();
    }
}
