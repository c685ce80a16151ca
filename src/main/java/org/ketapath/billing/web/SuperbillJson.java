package org.ketapath.billing.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.billing.domain.SuperbillDocument;
import org.ketapath.billing.domain.Superbills;

/** A superbill as the API gives it: amounts in dollars with two decimals ({@code ...Usd}), exact. */
record SuperbillJson(
        UUID id,
        String number,
        int version,
        @Nullable UUID previousId,
        @Nullable UUID supersededBy,
        @Nullable String correctionReason,
        Instant issuedAt,
        LocalDate from,
        LocalDate to,
        UUID clinicId,
        UUID patientId,
        SuperbillDocument.Patient patient,
        SuperbillDocument.Clinic clinic,
        List<SuperbillDocument.Clinician> clinicians,
        List<SuperbillDocument.Diagnosis> diagnoses,
        List<VisitJson> visits,
        BigDecimal totalChargeUsd,
        BigDecimal totalPaidUsd,
        BigDecimal balanceUsd,
        String attestation,
        String pdf) {

    record VisitJson(
            LocalDate dateOfService,
            String placeOfService,
            String placeOfServiceLabel,
            String service,
            @Nullable String renderingNpi,
            List<LineJson> lines,
            BigDecimal chargeUsd,
            BigDecimal paidUsd,
            BigDecimal balanceUsd) {}

    record LineJson(
            String code,
            List<String> modifiers,
            int units,
            String description,
            @Nullable String drugInfo,
            String diagnosisPointers,
            BigDecimal chargeUsd) {}

    static SuperbillJson of(Superbills.Issued issued) {
        SuperbillDocument d = issued.document();
        return new SuperbillJson(
                d.id(),
                d.number(),
                d.version(),
                d.previousId(),
                issued.supersededBy(),
                d.correctionReason(),
                d.issuedAt(),
                d.from(),
                d.to(),
                issued.clinicId(),
                issued.patientId(),
                d.patient(),
                d.clinic(),
                d.clinicians(),
                d.diagnoses(),
                d.visits().stream()
                        .map(v -> new VisitJson(
                                v.dateOfService(),
                                v.placeOfService(),
                                v.placeOfServiceLabel(),
                                v.service(),
                                v.clinician() >= 0
                                        ? d.clinicians().get(v.clinician()).npi()
                                        : null,
                                v.lines().stream()
                                        .map(l -> new LineJson(
                                                l.code(),
                                                l.modifiers(),
                                                l.units(),
                                                l.description(),
                                                l.drugInfo(),
                                                l.diagnosisPointers(),
                                                l.charge().usd()))
                                        .toList(),
                                v.charge().usd(),
                                v.paid().usd(),
                                v.balance().usd()))
                        .toList(),
                d.totalCharge().usd(),
                d.totalPaid().usd(),
                d.balance().usd(),
                d.attestation(),
                "/api/v1/superbills/" + d.id() + ".pdf");
    }
}
