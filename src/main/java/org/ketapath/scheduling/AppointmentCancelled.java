package org.ketapath.scheduling;

import java.time.Instant;
import java.util.UUID;

/**
 * Published in the transaction that cancels an appointment (the clinic's workspace notes it and tells the
 * clinic).
 *
 * @param appointmentId the appointment
 * @param clinicId its clinic
 * @param patientId its patient
 * @param service the kind of visit
 * @param start when it would have started
 * @param cancelledAt when it was cancelled
 */
public record AppointmentCancelled(
        UUID appointmentId, UUID clinicId, UUID patientId, ServiceType service, Instant start, Instant cancelledAt) {}
