package org.ketapath.scheduling.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.scheduling.ServiceType;

/**
 * An appointment as stored. Phases: pre-check, main (infusion or consultation), monitoring, in minutes. The
 * location is where its chair stands (null for a visit without a chair).
 */
public record AppointmentView(
        UUID id,
        UUID clinicId,
        UUID patientId,
        UUID practitionerId,
        @Nullable UUID chairId,
        ServiceType service,
        Instant start,
        Instant end,
        ZoneId zone,
        int preMinutes,
        int mainMinutes,
        int postMinutes,
        String status,
        @Nullable UUID assessmentId,
        @Nullable UUID locationId) {}
