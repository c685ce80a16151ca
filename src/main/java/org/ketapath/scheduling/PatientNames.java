package org.ketapath.scheduling;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Patients' names for the clinic calendar, whose callers have already checked that the patients are booked
 * with a clinic the reader works for. Implemented by the identity module (accounts own names).
 */
public interface PatientNames {

    /** The names ("Ada Lovelace") of those of these patients who have one; closed accounts have none. */
    Map<UUID, String> namesOf(Collection<UUID> patientIds);
}
