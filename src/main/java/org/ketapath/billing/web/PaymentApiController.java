package org.ketapath.billing.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.billing.domain.BillingRefusal;
import org.ketapath.billing.domain.Payment;
import org.ketapath.billing.domain.Payments;
import org.ketapath.shared.Money;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Payments staff record against a visit, and a patient's payments at the clinic. */
@RestController
class PaymentApiController {

    private final Payments payments;

    PaymentApiController(Payments payments) {
        this.payments = payments;
    }

    record PaymentBody(
            @Nullable LocalDate paidOn,
            @Nullable BigDecimal amountUsd,
            @Nullable String method,
            @Nullable String reference) {}

    record PaymentJson(
            UUID id,
            UUID appointmentId,
            String receiptNumber,
            LocalDate paidOn,
            BigDecimal amountUsd,
            String method,
            String methodLabel,
            @Nullable String reference,
            String receipt) {

        static PaymentJson of(Payment p) {
            return new PaymentJson(
                    p.id(),
                    p.appointmentId(),
                    p.receiptNumber(),
                    p.paidOn(),
                    p.amount().usd(),
                    p.method().name(),
                    p.method().label(),
                    p.reference(),
                    "/receipts/" + p.id());
        }
    }

    @PostMapping("/api/v1/clinics/{clinicId}/visits/{appointmentId}/payments")
    ResponseEntity<PaymentJson> record(
            @PathVariable UUID clinicId, @PathVariable UUID appointmentId, @RequestBody PaymentBody body) {
        Money amount = null;
        if (body.amountUsd() != null) {
            try {
                amount = Money.ofUsd(body.amountUsd());
            } catch (ArithmeticException e) {
                throw new BillingRefusal.InvalidInput("amountUsd", "must have at most two decimal places");
            }
        }
        Payment p = payments.record(
                Callers.current(), clinicId, appointmentId, body.paidOn(), amount, body.method(), body.reference());
        return ResponseEntity.created(URI.create("/receipts/" + p.id())).body(PaymentJson.of(p));
    }

    @GetMapping("/api/v1/clinics/{clinicId}/patients/{patientId}/payments")
    List<PaymentJson> ofPatient(@PathVariable UUID clinicId, @PathVariable UUID patientId) {
        var caller = Callers.current();
        if (!caller.staffOf(clinicId)) {
            throw new BillingRefusal.NotFound();
        }
        return payments.ofPatient(caller, clinicId, patientId).stream()
                .map(PaymentJson::of)
                .toList();
    }
}
