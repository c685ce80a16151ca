package org.ketapath.billing.domain;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the clinician chose for a visit: the E/M level (if any), diagnoses beyond the course's, and the place of
 * service of a telehealth visit.
 */
public record VisitCoding(
        UUID appointmentId,
        UUID clinicId,
        @Nullable EmCode em,
        List<String> diagnoses,
        @Nullable PlaceOfService placeOfService) {

    public VisitCoding {
        diagnoses = List.copyOf(diagnoses);
    }
}
