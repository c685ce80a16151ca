package org.ketapath.outcomes.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
import org.ketapath.outcomes.domain.DiaryRefusal;
import org.ketapath.outcomes.domain.OutcomesPublication;
import org.ketapath.platform.web.CurrentAccount;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A clinic admin opts the clinic in or out of publishing its outcomes: {@code PUT .../outcomes/publication}. */
@RestController
class PublicationApiController {

    private final OutcomesPublication publication;
    private final AuditTrail audit;

    PublicationApiController(OutcomesPublication publication, AuditTrail audit) {
        this.publication = publication;
        this.audit = audit;
    }

    record Choice(@NotNull Boolean publish) {}

    @PutMapping("/api/v1/clinics/{clinicId}/outcomes/publication")
    OutcomesPublication.Choice choose(@PathVariable UUID clinicId, @Valid @RequestBody Choice body) {
        CurrentAccount admin = CurrentAccount.get()
                .filter(a -> a.hasRole("CLINIC_ADMIN") && a.worksFor(clinicId))
                .orElseThrow(DiaryRefusal.NotFound::new);
        OutcomesPublication.Choice choice = publication.choose(clinicId, body.publish(), admin.id());
        audit.record(AuditEvent.success("UPDATE", "OutcomesPublication", clinicId.toString(), null)
                .forClinic(clinicId));
        return choice;
    }
}
