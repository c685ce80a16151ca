package org.ketapath.billing.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
import org.ketapath.scheduling.ClinicVisits;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinician's coding of a visit: the E/M level, diagnoses beyond the treatment course's (each checked against
 * the bundled ICD-10-CM list) and a telehealth visit's place of service. Only clinicians of the visit's clinic.
 */
@Service
public class VisitCodings {

    private final SuperbillRepository repository;
    private final ClinicVisits visits;
    private final IcdCatalogue icd;
    private final AuditTrail audit;
    private final BillingClock clock;

    VisitCodings(
            SuperbillRepository repository,
            ClinicVisits visits,
            IcdCatalogue icd,
            AuditTrail audit,
            BillingClock clock) {
        this.repository = repository;
        this.visits = visits;
        this.icd = icd;
        this.audit = audit;
        this.clock = clock;
    }

    /** The codings of these visits. */
    @Transactional(readOnly = true)
    public Map<UUID, VisitCoding> of(List<UUID> appointmentIds) {
        return repository.codings(appointmentIds);
    }

    /**
     * Records the clinician's coding of the visit.
     *
     * @throws BillingRefusal.NotFound when the visit is not the clinic's or the caller is not its clinician
     * @throws BillingRefusal.InvalidInput naming {@code emCode}, {@code diagnoses[i]} or {@code placeOfService}
     */
    @Transactional
    public VisitCoding save(
            Caller caller,
            UUID clinicId,
            UUID appointmentId,
            @Nullable String emCode,
            List<String> diagnoses,
            @Nullable String placeOfService) {
        if (!caller.staffOf(clinicId)) {
            throw new BillingRefusal.NotFound();
        }
        Optional<ClinicVisits.Visit> visit =
                visits.find(appointmentId).filter(v -> v.clinicId().equals(clinicId));
        if (visit.isEmpty()) {
            throw new BillingRefusal.NotFound();
        }
        if (!caller.clinician()) {
            throw new BillingRefusal.Conflict("clinician-only", "Only a clinician chooses the codes of a visit.");
        }
        List<BillingRefusal.Problem> problems = new ArrayList<>();
        EmCode em = null;
        if (emCode != null && !emCode.isBlank()) {
            em = EmCode.of(emCode);
            if (em == null) {
                problems.add(new BillingRefusal.Problem("emCode", "must be one of 99202-99205 or 99211-99215"));
            }
        }
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        for (int i = 0; i < diagnoses.size(); i++) {
            String typed = diagnoses.get(i);
            if (typed == null || typed.isBlank()) {
                continue;
            }
            try {
                codes.add(icd.require("diagnoses[" + i + "]", typed).code());
            } catch (BillingRefusal.InvalidInput e) {
                problems.addAll(e.problems());
            }
        }
        if (codes.size() > 4) {
            problems.add(new BillingRefusal.Problem("diagnoses", "must be at most 4 codes for one visit"));
        }
        PlaceOfService pos = null;
        if (placeOfService != null && !placeOfService.isBlank()) {
            pos = PlaceOfService.of(placeOfService.strip());
            if (pos == null) {
                problems.add(
                        new BillingRefusal.Problem("placeOfService", "must be 11 (office), 02 or 10 (telehealth)"));
            }
        }
        if (!problems.isEmpty()) {
            throw new BillingRefusal.InvalidInput(problems);
        }
        VisitCoding coding = new VisitCoding(appointmentId, clinicId, em, List.copyOf(codes), pos);
        repository.saveCoding(coding, caller.accountId(), clock.now());
        audit.record(AuditEvent.success(
                        "UPDATE",
                        "VisitCoding",
                        appointmentId.toString(),
                        visit.get().patientId())
                .forClinic(clinicId));
        return coding;
    }
}
