package org.ketapath.scheduling;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Holds and bookings for other front doors than scheduling's own API (the FHIR facade's {@code $hold} and
 * {@code $book}): the same service, the same database guarantees (an exclusion constraint per resource), the same
 * audit rows. Refusals are scheduling's problems ({@link org.springframework.web.ErrorResponse}s: 404 unknown
 * clinic, 409 slot taken, 422 not offered or no online booking).
 */
public interface OnlineBooking {

    /** Holds the slot for ten minutes (anyone may hold). */
    Held hold(UUID clinicId, ServiceType service, Instant start, @Nullable UUID locationId);

    /**
     * Books the slot for the patient (the caller checks that the account is a patient with a verified e-mail).
     * The same idempotency key with the same request returns the first booking ({@code replayed}).
     */
    Booked book(
            UUID patientId,
            UUID clinicId,
            ServiceType service,
            Instant start,
            @Nullable UUID holdId,
            @Nullable UUID locationId,
            String idempotencyKey);

    /** A held slot, kept until {@code expiresAt}. */
    record Held(
            UUID id,
            UUID clinicId,
            Instant start,
            Instant end,
            Instant expiresAt,
            @Nullable UUID locationId) {}

    /** A booked appointment ({@link ClinicVisits#find} reads it). */
    record Booked(UUID appointmentId, @Nullable UUID locationId, boolean replayed) {}
}
