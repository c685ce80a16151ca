package org.ketapath.outcomes.web;

import org.ketapath.outcomes.PatientOutcomes;
import org.ketapath.outcomes.domain.OutcomeService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The patient's own outcomes: {@code GET /api/v1/patients/me/outcomes}. */
@RestController
class OutcomesApiController {

    private final OutcomeService outcomes;

    OutcomesApiController(OutcomeService outcomes) {
        this.outcomes = outcomes;
    }

    @GetMapping("/api/v1/patients/me/outcomes")
    PatientOutcomes mine() {
        return outcomes.forPatient(OutcomesApiErrors.patient());
    }
}
