package org.ketapath.scheduling;

import java.time.Instant;
import java.util.UUID;

/**
 * Published in the transaction that moves an appointment to another time (the clinic's workspace notes it and
 * tells the clinic).
 *
 * @param appointmentId the appointment
 * @param clinicId its clinic
 * @param patientId its patient
 * @param service the kind of visit
 * @param previousStart when it was to start
 * @param start when it starts now
 * @param movedAt when it was moved
 */
public record AppointmentRescheduled(
        UUID appointmentId,
        UUID clinicId,
        UUID patientId,
        ServiceType service,
        Instant previousStart,
        Instant start,
        Instant movedAt) {}
