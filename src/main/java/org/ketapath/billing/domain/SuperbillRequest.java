package org.ketapath.billing.domain;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A request for a superbill: the period, and for staff the patient (and the clinic when they work for several);
 * optionally the patient's address and member id, kept for next time.
 */
public record SuperbillRequest(
        @Nullable UUID patientId,
        @Nullable UUID clinicId,
        LocalDate from,
        LocalDate to,
        SuperbillDocument.@Nullable Address address,
        @Nullable String memberId) {}
