package org.ketapath.scheduling;

import java.util.Optional;
import java.util.UUID;

/**
 * Where to send a patient's booking messages. Implemented by the identity module (accounts own e-mail
 * addresses); without an implementation, confirmations and reminders are not e-mailed.
 */
public interface PatientContacts {

    /** The verified e-mail address of the account, if known. */
    Optional<String> emailOf(UUID patientId);
}
