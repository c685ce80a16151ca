package org.ketapath.billing;

import java.util.Optional;
import java.util.UUID;

/** What other modules may ask of billing. */
public interface BillingApi {

    /** The most sessions an estimate covers. */
    int MAX_ESTIMATE_SESSIONS = 50;

    /**
     * What {@code sessions} sessions of the service cost at a verified clinic, from its price list; empty when
     * the clinic is unknown or not verified. A request its prices cannot answer (a service it does not price) is
     * refused with an input error naming {@code service} or {@code sessions}.
     */
    Optional<Estimate> estimate(UUID clinicId, BillableService service, int sessions);
}
