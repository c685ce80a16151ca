package org.ketapath.billing.domain;

import java.util.Set;
import java.util.UUID;

/**
 * Who is asking, as billing needs to know: the account, whether it is a patient, a clinician or a clinic admin,
 * and the clinics a staff member works for.
 */
public record Caller(UUID accountId, boolean patient, boolean clinician, boolean clinicAdmin, Set<UUID> clinics) {

    public Caller {
        clinics = Set.copyOf(clinics);
    }

    public boolean staff() {
        return clinician || clinicAdmin;
    }

    public boolean staffOf(UUID clinicId) {
        return staff() && clinics.contains(clinicId);
    }
}
