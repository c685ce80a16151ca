package org.ketapath.outcomes.web;

import java.util.UUID;
import org.ketapath.outcomes.ClinicOutcomes;
import org.ketapath.outcomes.domain.ClinicOutcomesService;
import org.ketapath.outcomes.domain.DiaryRefusal;
import org.ketapath.platform.web.CurrentAccount;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A clinic's outcomes for its own staff: {@code GET /api/v1/clinics/{clinicId}/outcomes}; anyone else 404. */
@RestController
class ClinicOutcomesApiController {

    private final ClinicOutcomesService outcomes;

    ClinicOutcomesApiController(ClinicOutcomesService outcomes) {
        this.outcomes = outcomes;
    }

    @GetMapping("/api/v1/clinics/{clinicId}/outcomes")
    ClinicOutcomes clinic(@PathVariable UUID clinicId) {
        CurrentAccount staff = CurrentAccount.get()
                .filter(a -> a.hasRole("CLINICIAN") || a.hasRole("CLINIC_ADMIN"))
                .filter(a -> a.worksFor(clinicId))
                .orElseThrow(DiaryRefusal.NotFound::new);
        return outcomes.forStaff(staff.id(), clinicId);
    }
}
