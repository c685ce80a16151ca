package org.ketapath.billing.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
import org.ketapath.directory.ClinicBilling;
import org.ketapath.identity.ClinicPatients;
import org.ketapath.scheduling.ClinicVisits;
import org.ketapath.shared.Money;
import org.ketapath.shared.PlausibleDates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments clinic staff record against a visit (date, amount, method, a reference; never card data) and their
 * receipts, which the patient and the clinic's staff may read. Every record and receipt read is audited.
 */
@Service
public class Payments {

    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9 #/.-]{1,100}");

    private final PaymentRepository repository;
    private final ClinicVisits visits;
    private final ClinicBilling directory;
    private final ClinicPatients patients;
    private final PriceLists prices;
    private final AuditTrail audit;
    private final BillingClock clock;

    Payments(
            PaymentRepository repository,
            ClinicVisits visits,
            ClinicBilling directory,
            ClinicPatients patients,
            PriceLists prices,
            AuditTrail audit,
            BillingClock clock) {
        this.repository = repository;
        this.visits = visits;
        this.directory = directory;
        this.patients = patients;
        this.prices = prices;
        this.audit = audit;
        this.clock = clock;
    }

    /** A receipt: the payment with the clinic, the patient and the visit in words. */
    public record Receipt(
            Payment payment,
            String clinicName,
            String clinicAddress,
            String clinicPhone,
            @Nullable String clinicTaxId,
            String patientName,
            String visit,
            LocalDate visitDay) {}

    /**
     * Records a payment for a visit of the clinic (clinic staff of that clinic; anyone else: not found).
     *
     * @throws BillingRefusal.InvalidInput naming {@code paidOn}, {@code amountUsd}, {@code method} or {@code reference}
     */
    @Transactional
    public Payment record(
            Caller caller,
            UUID clinicId,
            UUID appointmentId,
            @Nullable LocalDate paidOn,
            @Nullable Money amount,
            @Nullable String method,
            @Nullable String reference) {
        if (!caller.staffOf(clinicId)) {
            throw new BillingRefusal.NotFound();
        }
        ClinicVisits.Visit visit = visits.find(appointmentId)
                .filter(v -> v.clinicId().equals(clinicId))
                .orElseThrow(BillingRefusal.NotFound::new);
        List<BillingRefusal.Problem> problems = new ArrayList<>();
        LocalDate today = clock.today(visit.zone());
        if (paidOn == null || !PlausibleDates.plausible(paidOn)) {
            problems.add(new BillingRefusal.Problem("paidOn", "must be the date it was paid"));
        } else if (paidOn.isAfter(today)) {
            problems.add(new BillingRefusal.Problem("paidOn", "cannot be in the future"));
        }
        if (amount == null || amount.isNegative() || amount.isZero() || amount.compareTo(Money.MAX_INPUT) > 0) {
            problems.add(
                    new BillingRefusal.Problem("amountUsd", "must be an amount above $0.00 and at most $10,000,000"));
        }
        PaymentMethod how = PaymentMethod.parse(method);
        if (how == null) {
            problems.add(new BillingRefusal.Problem("method", "must be one of CARD, CASH, HSA_FSA_CARD or CHECK"));
        }
        String ref = reference == null || reference.isBlank() ? null : reference.strip();
        if (ref != null && !REFERENCE.matcher(ref).matches()) {
            problems.add(new BillingRefusal.Problem(
                    "reference", "must be up to 100 letters, digits, spaces or # / . - (never card numbers)"));
        }
        if (ref != null && ref.replaceAll("[^0-9]", "").length() >= 12) {
            problems.add(new BillingRefusal.Problem("reference", "must not be a card number"));
        }
        if (!problems.isEmpty()) {
            throw new BillingRefusal.InvalidInput(problems);
        }
        Payment payment = new Payment(
                UUID.randomUUID(),
                clinicId,
                appointmentId,
                visit.patientId(),
                repository.nextReceiptNumber(today.getYear()),
                paidOn,
                amount,
                how,
                ref,
                clock.now());
        repository.insert(payment, caller.accountId());
        audit.record(AuditEvent.success("CREATE", "Payment", payment.id().toString(), visit.patientId())
                .forClinic(clinicId));
        return payment;
    }

    /** The patient's own payments at every clinic, newest first. */
    @Transactional(readOnly = true)
    public List<Payment> mine(UUID patientId) {
        return repository.ofPatientEverywhere(patientId);
    }

    /** A patient's payments at the clinic, for its staff (empty for anyone else). */
    @Transactional(readOnly = true)
    public List<Payment> ofPatient(Caller caller, UUID clinicId, UUID patientId) {
        return caller.staffOf(clinicId) ? repository.ofPatient(clinicId, patientId) : List.of();
    }

    /** A payment's receipt for its patient or the clinic's staff; anyone else finds nothing. Audited. */
    @Transactional(readOnly = true)
    public Receipt receipt(Caller caller, UUID paymentId, String action) {
        Optional<Payment> found = repository
                .find(paymentId)
                .filter(p ->
                        (caller.patient() && p.patientId().equals(caller.accountId())) || caller.staffOf(p.clinicId()));
        if (found.isEmpty()) {
            audit.record(
                    new AuditEvent(action, "Receipt", paymentId.toString(), null, null, AuditEvent.Outcome.DENIED));
            throw new BillingRefusal.NotFound();
        }
        Payment p = found.get();
        ClinicBilling.BillingFacts clinic =
                directory.billingFacts(p.clinicId()).orElseThrow(BillingRefusal.NotFound::new);
        ClinicPatients.PatientCard card = (caller.patient()
                        ? patients.own(p.patientId())
                        : patients.card(caller.accountId(), p.clinicId(), p.patientId()))
                .orElseThrow(BillingRefusal.NotFound::new);
        ClinicVisits.Visit visit = visits.find(p.appointmentId()).orElseThrow(BillingRefusal.NotFound::new);
        audit.record(AuditEvent.success(action, "Receipt", paymentId.toString(), p.patientId())
                .forClinic(caller.patient() ? null : p.clinicId()));
        ClinicBilling.Address a = clinic.address();
        return new Receipt(
                p,
                clinic.name(),
                a.street() + ", " + a.city() + ", " + a.state() + " " + a.zip(),
                clinic.phone(),
                prices.identity(p.clinicId()).taxId(),
                card.name(),
                visit.service().label(),
                visit.start().atZone(visit.zone()).toLocalDate());
    }
}
