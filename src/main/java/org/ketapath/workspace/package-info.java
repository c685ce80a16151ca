/**
 * The clinic workspace: what a clinic's staff work in after signing in. The home page of each clinic (today's
 * visits, intakes awaiting review, bookings and cancellations since the last visit), the patient list and chart
 * (minimum necessary, consent- or booking-gated, audited), intake review, notices of bookings to the clinic,
 * joining the platform and inviting staff. It composes the other modules through their facades and owns only
 * its notices, review decisions and page visits.
 */
@ApplicationModule(displayName = "Clinic workspace")
@NullMarked
package org.ketapath.workspace;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
