package org.ketapath.billing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.shared.Money;

/** A payment staff recorded against a visit. */
public record Payment(
        UUID id,
        UUID clinicId,
        UUID appointmentId,
        UUID patientId,
        String receiptNumber,
        LocalDate paidOn,
        Money amount,
        PaymentMethod method,
        @Nullable String reference,
        Instant recordedAt) {}
