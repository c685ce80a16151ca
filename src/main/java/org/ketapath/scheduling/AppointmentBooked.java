package org.ketapath.scheduling;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Published in the booking's transaction. When {@code assessmentId} is set the patient chose to share that
 * assessment with the clinic: identity records the consent.
 */
public record AppointmentBooked(
        UUID appointmentId,
        UUID clinicId,
        UUID patientId,
        Instant start,
        Instant end,
        @Nullable UUID assessmentId) {}
