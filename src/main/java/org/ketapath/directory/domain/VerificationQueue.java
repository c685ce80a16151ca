package org.ketapath.directory.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a platform admin has to decide: pending clinics and pending licences. */
public record VerificationQueue(List<PendingClinic> clinics, List<PendingLicence> licences) {

    /** A clinic waiting for verification. */
    public record PendingClinic(UUID id, String name, String city, String state, Instant submittedAt) {}

    /** A licence waiting for verification (from the clinic or, as self-reported evidence, from NPPES). */
    public record PendingLicence(
            UUID id,
            UUID clinicId,
            String clinic,
            String practitioner,
            String npi,
            String state,
            String number,
            String type,
            @Nullable LocalDate expiresOn,
            String source,
            @Nullable String evidenceNote) {}

    /** A recorded decision. */
    public record Decision(
            String subjectType,
            UUID subjectId,
            String decision,
            String decidedBy,
            Instant decidedAt,
            @Nullable String evidenceNote) {}
}
