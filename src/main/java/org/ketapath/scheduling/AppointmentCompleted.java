package org.ketapath.scheduling;

import java.time.Instant;
import java.util.UUID;

/**
 * Published when a clinic marks an appointment completed. The directory lets the patient review the clinic
 * once for it.
 *
 * @param appointmentId the appointment
 * @param clinicId the clinic it was at
 * @param patientId the patient's account id
 * @param completedAt when it was completed
 */
public record AppointmentCompleted(UUID appointmentId, UUID clinicId, UUID patientId, Instant completedAt) {}
