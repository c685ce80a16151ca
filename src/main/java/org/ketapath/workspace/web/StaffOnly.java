package org.ketapath.workspace.web;

import java.util.UUID;
import org.ketapath.platform.web.CurrentAccount;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The signed-in staff member of a clinic, or not found: a clinic's workspace does not exist for anyone else, so
 * nothing tells them whether the clinic or the patient exists.
 */
final class StaffOnly {

    /** Ids in paths: anything else is an unknown address (the not-found page), never a 400. */
    static final String ID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private StaffOnly() {}

    static CurrentAccount of(UUID clinicId) {
        return CurrentAccount.get()
                .filter(account -> account.worksFor(clinicId))
                .filter(account -> account.hasRole("CLINICIAN") || account.hasRole("CLINIC_ADMIN"))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static boolean isClinician(CurrentAccount account) {
        return account.hasRole("CLINICIAN");
    }
}
