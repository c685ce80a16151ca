package org.ketapath.treatment.domain;

import java.util.Set;
import java.util.UUID;

/**
 * A clinician or clinic admin acting, with the clinics they work for (the web layer builds it only for those
 * roles; anyone else never reaches the record).
 */
public record Staff(UUID accountId, Set<UUID> clinics) {

    public boolean worksFor(UUID clinicId) {
        return clinics.contains(clinicId);
    }
}
