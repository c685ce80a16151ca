package org.ketapath.treatment;

import java.util.Map;
import java.util.UUID;

/** What other modules may ask of treatment records. */
public interface TreatmentApi {

    /**
     * Everything treatment holds about the patient, for their data export: {@code courses} (with consent) and
     * {@code sessions} (each signed record whole, as {@code GET /api/v1/sessions/{id}} shows it to the clinic).
     * The values are plain records that serialise to JSON.
     */
    Map<String, Object> exportOf(UUID patientId);
}
