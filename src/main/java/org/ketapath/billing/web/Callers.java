package org.ketapath.billing.web;

import org.ketapath.billing.domain.Caller;
import org.ketapath.platform.web.CurrentAccount;
import org.springframework.security.access.AccessDeniedException;

/** The signed-in account as billing's services take it. */
final class Callers {

    private Callers() {}

    static Caller current() {
        CurrentAccount a = CurrentAccount.get().orElseThrow(() -> new AccessDeniedException("sign in"));
        return new Caller(a.id(), a.hasRole("PATIENT"), a.hasRole("CLINICIAN"), a.hasRole("CLINIC_ADMIN"), a.clinics());
    }

    /** A patient or clinic staff; anyone else (platform admins) may not use superbills: 403. */
    static Caller patientOrStaff() {
        Caller caller = current();
        if (!caller.patient() && !caller.staff()) {
            throw new AccessDeniedException("patients and clinic staff only");
        }
        return caller;
    }
}
