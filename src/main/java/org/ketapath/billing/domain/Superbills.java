package org.ketapath.billing.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.ketapath.assessment.AssessmentApi;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
import org.ketapath.directory.ClinicBilling;
import org.ketapath.directory.ClinicBilling.BillingFacts;
import org.ketapath.identity.ClinicPatients;
import org.ketapath.identity.ClinicPatients.PatientCard;
import org.ketapath.scheduling.ClinicVisits;
import org.ketapath.scheduling.ClinicVisits.Visit;
import org.ketapath.scheduling.SchedulingApi;
import org.ketapath.shared.Money;
import org.ketapath.treatment.TreatmentApi;
import org.ketapath.treatment.TreatmentApi.SignedSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing, reading and correcting superbills. A patient issues their own; clinic staff issue one for a patient
 * of their clinic. Only the patient and the clinic's staff see it (anyone else: not found). Every issue, read
 * and download is audited.
 */
@Service
public class Superbills {

    /** The longest period one superbill covers. */
    public static final int MAX_DAYS = 366;

    private final SuperbillRepository repository;
    private final PriceLists prices;
    private final ClinicBilling directory;
    private final ClinicVisits visits;
    private final SchedulingApi scheduling;
    private final TreatmentApi treatment;
    private final ClinicPatients patients;
    private final AssessmentApi assessments;
    private final IcdCatalogue icd;
    private final AuditTrail audit;
    private final BillingClock clock;

    Superbills(
            SuperbillRepository repository,
            PriceLists prices,
            ClinicBilling directory,
            ClinicVisits visits,
            SchedulingApi scheduling,
            TreatmentApi treatment,
            ClinicPatients patients,
            AssessmentApi assessments,
            IcdCatalogue icd,
            AuditTrail audit,
            BillingClock clock) {
        this.repository = repository;
        this.prices = prices;
        this.directory = directory;
        this.visits = visits;
        this.scheduling = scheduling;
        this.treatment = treatment;
        this.patients = patients;
        this.assessments = assessments;
        this.icd = icd;
        this.audit = audit;
        this.clock = clock;
    }

    /** A superbill and whether a later version corrected it. */
    public record Issued(
            UUID clinicId,
            UUID patientId,
            SuperbillDocument document,
            @Nullable UUID supersededBy) {}

    /** Issues a superbill for the period; refuses with the missing fields named. */
    @Transactional
    public Issued issue(Caller caller, SuperbillRequest request) {
        checkPeriod(request.from(), request.to());
        UUID patientId = patientOf(caller, request);
        UUID clinicId = clinicOf(caller, patientId, request);
        PatientCard card = card(caller, clinicId, patientId);
        if (request.address() != null) {
            repository.saveDetails(
                    new PatientBillingDetails(patientId, request.address(), blankToNull(request.memberId())),
                    clock.now());
        }
        String number = repository.nextNumber(clock.today(ZoneId.of("UTC")).getYear());
        SuperbillDocument document = build(clinicId, card, request.from(), request.to(), number, 1, null, null);
        repository.insert(document, clinicId, patientId, caller.accountId());
        audit.record(AuditEvent.success("CREATE", "Superbill", document.id().toString(), patientId)
                .forClinic(clinicId));
        return new Issued(clinicId, patientId, document, null);
    }

    /** Issues a corrected version of a superbill (clinic staff only), referencing the one it corrects. */
    @Transactional
    public Issued correct(Caller caller, UUID superbillId, String reason) {
        SuperbillRepository.Stored old = repository
                .find(superbillId)
                .filter(s -> caller.staffOf(s.clinicId()))
                .orElseThrow(BillingRefusal.NotFound::new);
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw new BillingRefusal.InvalidInput("reason", "must say why, in 1 to 500 characters");
        }
        if (old.supersededBy() != null) {
            throw new BillingRefusal.Conflict(
                    "already-corrected", "This version was already corrected: correct the newest version.");
        }
        PatientCard card = patients.card(caller.accountId(), old.clinicId(), old.patientId())
                .orElseThrow(BillingRefusal.NotFound::new);
        SuperbillDocument previous = old.document();
        SuperbillDocument document = build(
                old.clinicId(),
                card,
                previous.from(),
                previous.to(),
                previous.number(),
                previous.version() + 1,
                previous.id(),
                reason.strip());
        repository.insert(document, old.clinicId(), old.patientId(), caller.accountId());
        audit.record(AuditEvent.success("CREATE", "Superbill", document.id().toString(), old.patientId())
                .forClinic(old.clinicId()));
        return new Issued(old.clinicId(), old.patientId(), document, null);
    }

    /**
     * A superbill for its patient or the clinic's staff; anyone else finds nothing. Audited with the action given
     * (READ for the JSON, EXPORT for a download).
     */
    @Transactional(readOnly = true)
    public Issued find(Caller caller, UUID id, String action) {
        Optional<SuperbillRepository.Stored> stored = repository.find(id);
        boolean allowed = stored.isPresent()
                && ((caller.patient() && stored.get().patientId().equals(caller.accountId()))
                        || caller.staffOf(stored.get().clinicId()));
        if (!allowed) {
            audit.record(new AuditEvent(action, "Superbill", id.toString(), null, null, AuditEvent.Outcome.DENIED));
            throw new BillingRefusal.NotFound();
        }
        SuperbillRepository.Stored s = stored.get();
        audit.record(AuditEvent.success(action, "Superbill", id.toString(), s.patientId())
                .forClinic(caller.patient() ? null : s.clinicId()));
        return new Issued(s.clinicId(), s.patientId(), s.document(), s.supersededBy());
    }

    /** The patient's own superbills, newest first. */
    @Transactional(readOnly = true)
    public List<Issued> ofPatient(UUID patientId) {
        return repository.list(patientId, null).stream()
                .map(s -> new Issued(s.clinicId(), s.patientId(), s.document(), s.supersededBy()))
                .toList();
    }

    /** A patient's superbills at the clinic, for its staff (empty for anyone else). */
    @Transactional(readOnly = true)
    public List<Issued> ofPatientAtClinic(Caller caller, UUID clinicId, UUID patientId) {
        if (!caller.staffOf(clinicId)) {
            return List.of();
        }
        return repository.list(patientId, clinicId).stream()
                .map(s -> new Issued(s.clinicId(), s.patientId(), s.document(), s.supersededBy()))
                .toList();
    }

    /** The address and member id the patient entered, if any. */
    @Transactional(readOnly = true)
    public Optional<PatientBillingDetails> details(UUID patientId) {
        return repository.details(patientId);
    }

    @Transactional
    public void saveDetails(UUID patientId, SuperbillDocument.Address address, @Nullable String memberId) {
        repository.saveDetails(new PatientBillingDetails(patientId, address, blankToNull(memberId)), clock.now());
        audit.record(AuditEvent.success("UPDATE", "BillingDetails", null, patientId));
    }

    /** The patient's completed visits at the clinic (for staff pages), in time order. */
    @Transactional(readOnly = true)
    public List<Visit> completedVisits(UUID clinicId, UUID patientId) {
        return visits.ofPatient(clinicId, patientId).stream()
                .filter(v -> v.status().equals("COMPLETED"))
                .toList();
    }

    private SuperbillDocument build(
            UUID clinicId,
            PatientCard card,
            LocalDate from,
            LocalDate to,
            String number,
            int version,
            @Nullable UUID previousId,
            @Nullable String reason) {
        BillingFacts facts = directory.billingFacts(clinicId).orElseThrow(BillingRefusal.NotFound::new);
        PriceList list = prices.find(clinicId).orElseThrow(BillingRefusal.NotFound::new);
        List<Visit> inPeriod = visits.ofPatient(clinicId, card.id()).stream()
                .filter(v -> v.status().equals("COMPLETED"))
                .filter(v -> inPeriod(v, from, to))
                .toList();
        List<UUID> ids = inPeriod.stream().map(Visit::id).toList();
        Map<UUID, SignedSession> sessions = treatment.signedSessions(ids).stream()
                .collect(Collectors.toMap(SignedSession::appointmentId, Function.identity(), (a, b) -> a));
        Map<UUID, VisitCoding> codings = repository.codings(ids);
        Map<UUID, Money> paid = repository.paidByAppointment(ids);
        List<SuperbillBuilder.VisitInput> inputs = new ArrayList<>();
        for (Visit v : inPeriod) {
            VisitCoding coding = codings.get(v.id());
            int screeners = 0;
            if (v.assessmentId() != null && coding != null && coding.em() != null) {
                screeners = assessments
                        .sharedResult(card.id(), v.assessmentId(), clinicId)
                        .map(a -> a.scores().size())
                        .orElse(0);
            }
            inputs.add(new SuperbillBuilder.VisitInput(
                    v.id(),
                    v.start().atZone(v.zone()).toLocalDate(),
                    v.service(),
                    v.practitionerId(),
                    sessions.get(v.id()),
                    coding,
                    screeners,
                    paid.getOrDefault(v.id(), Money.ZERO)));
        }
        return SuperbillBuilder.build(
                new SuperbillBuilder.Inputs(
                        UUID.randomUUID(),
                        number,
                        version,
                        previousId,
                        reason,
                        clock.now(),
                        inPeriod.isEmpty()
                                ? "America/New_York"
                                : inPeriod.get(0).zone().getId(),
                        from,
                        to,
                        new SuperbillBuilder.PatientIdentity(card.name(), card.birthDate()),
                        repository.details(card.id()).orElse(null),
                        facts,
                        prices.identity(clinicId),
                        list,
                        inputs),
                icd);
    }

    private static boolean inPeriod(Visit v, LocalDate from, LocalDate to) {
        LocalDate day = v.start().atZone(v.zone()).toLocalDate();
        return !day.isBefore(from) && !day.isAfter(to);
    }

    private void checkPeriod(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new BillingRefusal.InvalidInput("to", "must be on or after from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new BillingRefusal.InvalidInput("to", "must be within a year of from");
        }
    }

    private static UUID patientOf(Caller caller, SuperbillRequest request) {
        if (caller.patient()) {
            if (request.patientId() != null && !request.patientId().equals(caller.accountId())) {
                throw new BillingRefusal.InvalidInput("patientId", "must be left out: patients ask for their own");
            }
            return caller.accountId();
        }
        if (request.patientId() == null) {
            throw new BillingRefusal.InvalidInput("patientId", "is required");
        }
        return request.patientId();
    }

    private UUID clinicOf(Caller caller, UUID patientId, SuperbillRequest request) {
        if (caller.staff()) {
            if (request.clinicId() != null) {
                if (!caller.staffOf(request.clinicId())) {
                    throw new BillingRefusal.NotFound();
                }
                return request.clinicId();
            }
            if (caller.clinics().size() != 1) {
                throw new BillingRefusal.InvalidInput("clinicId", "is required: you work for more than one clinic");
            }
            return caller.clinics().iterator().next();
        }
        if (request.clinicId() != null) {
            if (!scheduling.clinicsOfPatient(patientId).contains(request.clinicId())) {
                throw new BillingRefusal.NotFound();
            }
            return request.clinicId();
        }
        List<UUID> withVisits = scheduling.clinicsOfPatient(patientId).stream()
                .filter(c -> visits.ofPatient(c, patientId).stream()
                        .anyMatch(v -> v.status().equals("COMPLETED") && inPeriod(v, request.from(), request.to())))
                .toList();
        if (withVisits.isEmpty()) {
            throw new BillingRefusal.Incomplete(
                    List.of(new BillingRefusal.Problem("period", "has no completed visits to bill")));
        }
        if (withVisits.size() > 1) {
            throw new BillingRefusal.InvalidInput(
                    "clinicId", "is required: you had visits at more than one clinic in this period");
        }
        return withVisits.get(0);
    }

    private PatientCard card(Caller caller, UUID clinicId, UUID patientId) {
        Optional<PatientCard> card =
                caller.patient() ? patients.own(patientId) : patients.card(caller.accountId(), clinicId, patientId);
        return card.orElseThrow(BillingRefusal.NotFound::new);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
