package org.ketapath.directory.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.directory.PublishedOutcomes;

/**
 * A verified provider's whole public profile; {@code onlineBooking} says whether patients book it online (else
 * by phone or on its website).
 */
public record ProviderProfile(
        UUID id,
        String name,
        String description,
        String phone,
        @Nullable String website,
        String timezone,
        boolean acceptingNewPatients,
        boolean licenseVerified,
        ProviderSummary.Address address,
        List<String> modalities,
        List<String> conditions,
        List<License> licenses,
        List<Practitioner> practitioners,
        List<Price> prices,
        Payment payment,
        SessionFacts sessionFacts,
        @Nullable Double rating,
        int reviewCount,
        List<Review> reviews,
        boolean onlineBooking,
        PublishedOutcomes.@Nullable Figures outcomes,
        @Nullable String outcomesNote) {

    /**
     * The same profile with what other modules know of the clinic: whether it takes online bookings (scheduling) and
     * the outcomes it publishes, or null and why not (outcomes).
     */
    public ProviderProfile with(boolean online, PublishedOutcomes.Published published) {
        return new ProviderProfile(
                id,
                name,
                description,
                phone,
                website,
                timezone,
                acceptingNewPatients,
                licenseVerified,
                address,
                modalities,
                conditions,
                licenses,
                practitioners,
                prices,
                payment,
                sessionFacts,
                rating,
                reviewCount,
                reviews,
                online,
                published.outcomes(),
                published.note());
    }

    /** A practitioner's state licence as verified by the platform. */
    public record License(
            String state,
            String number,
            String type,
            String status,
            @Nullable LocalDate expiresOn,
            @Nullable Instant verifiedAt,
            String practitioner) {}

    /** A clinician at the clinic. */
    public record Practitioner(
            UUID id,
            String name,
            String credentials,
            String npi,
            @Nullable String taxonomy) {}

    /** A price: INFUSION, CONSULTATION (0 = free) or PACKAGE of sessions. */
    public record Price(String kind, String label, BigDecimal amountUsd, int sessions) {}

    /** How patients can pay. */
    public record Payment(boolean selfPay, boolean hsaFsa, boolean superbillProvided) {}

    /** What a session takes, in minutes. */
    public record SessionFacts(
            @Nullable Integer infusionMinutes, @Nullable Integer monitoringMinutes) {}

    /** A published review with the clinic's reply. */
    public record Review(
            UUID id,
            int rating,
            String text,
            Instant createdAt,
            @Nullable String reply,
            @Nullable Instant repliedAt) {}
}
