package org.ketapath.billing.web;

import java.util.UUID;
import org.ketapath.platform.web.CurrentAccount;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Who may use a clinic's billing pages: its clinicians and clinic admins; anyone else gets the not-found page. */
final class StaffPages {

    private StaffPages() {}

    static CurrentAccount staffOf(UUID clinicId) {
        CurrentAccount account = CurrentAccount.get()
                .filter(a -> a.hasRole("CLINICIAN") || a.hasRole("CLINIC_ADMIN"))
                .filter(a -> a.worksFor(clinicId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return account;
    }
}
