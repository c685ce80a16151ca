/**
 * Scheduling: services, hours, chairs, availability, holds and appointments. For now only the event the
 * directory listens to; the booking itself arrives with the scheduling issue.
 */
@ApplicationModule(displayName = "Scheduling")
@NullMarked
package org.ketapath.scheduling;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
