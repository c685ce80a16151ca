package org.ketapath.outcomes.web;

import java.util.UUID;
import org.ketapath.platform.web.CurrentAccount;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ResponseStatusException;

/** The signed-in patient of the diary pages; anyone else gets the not-found page. Tells the layout, too. */
@ControllerAdvice
class PatientOnly {

    static UUID id() {
        return CurrentAccount.get()
                .filter(account -> account.hasRole("PATIENT"))
                .map(CurrentAccount::id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Whether the layout shows the patient's diary link. */
    @ModelAttribute("patientNav")
    boolean patientNav() {
        return CurrentAccount.get().filter(a -> a.hasRole("PATIENT")).isPresent();
    }
}
