package org.ketapath.scheduling;

import java.time.Instant;
import java.util.UUID;

/**
 * A bookable start time at a clinic.
 *
 * @param start when the visit starts (UTC)
 * @param end when the visit ends, monitoring included (UTC)
 * @param practitionerId the practitioner who would see the patient
 */
public record Slot(Instant start, Instant end, UUID practitionerId) {}
