package org.ketapath.identity.domain;

import java.util.Optional;
import java.util.UUID;
import org.ketapath.identity.ConsentApi;
import org.ketapath.scheduling.AppointmentBooked;
import org.ketapath.scheduling.PatientContacts;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What identity contributes to booking: the address booking messages go to (a patient's verified e-mail,
 * nothing for closed or unverified accounts), and the consent a booking with an assessment gives the clinic,
 * granted in the booking's own transaction so the two stand or fall together.
 */
@Component
class BookingLinks implements PatientContacts {

    private final AccountRepository accounts;
    private final ConsentApi consents;

    BookingLinks(AccountRepository accounts, ConsentApi consents) {
        this.accounts = accounts;
        this.consents = consents;
    }

    @Override
    public Optional<String> emailOf(UUID patientId) {
        return accounts.findById(patientId)
                .filter(account -> account.emailVerified() && !account.closed())
                .map(Account::email);
    }

    @EventListener
    void on(AppointmentBooked booked) {
        if (booked.assessmentId() != null) {
            consents.grant(booked.patientId(), booked.clinicId(), ConsentApi.Scope.ASSESSMENT_RESULTS);
        }
    }
}
