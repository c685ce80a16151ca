package org.ketapath.billing.domain;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The address and insurance member id a patient entered for their superbills. */
public record PatientBillingDetails(
        UUID patientId,
        SuperbillDocument.Address address,
        @Nullable String memberId) {}
