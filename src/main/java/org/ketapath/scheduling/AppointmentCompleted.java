package org.ketapath.scheduling;

import java.time.Instant;
import java.util.UUID;

/** Published when clinic staff mark a visit completed (makes the patient eligible to review the clinic). */
public record AppointmentCompleted(UUID appointmentId, UUID clinicId, UUID patientId, Instant completedAt) {}
