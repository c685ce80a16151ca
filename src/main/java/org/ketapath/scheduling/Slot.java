package org.ketapath.scheduling;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A bookable start time at a clinic.
 *
 * @param start when the visit starts (UTC)
 * @param end when the visit ends, monitoring included (UTC)
 * @param practitionerId the practitioner who would see the patient
 * @param locationId for a service that uses a chair, the clinic location (the directory's) whose chair is free
 *     then: a start free at two locations is two slots; null for services without a chair
 */
public record Slot(
        Instant start,
        Instant end,
        UUID practitionerId,
        @Nullable UUID locationId) {

    /** A slot of a service that uses no chair. */
    public Slot(Instant start, Instant end, UUID practitionerId) {
        this(start, end, practitionerId, null);
    }
}
