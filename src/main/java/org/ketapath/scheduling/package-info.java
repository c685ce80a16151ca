/**
 * Scheduling: services, opening hours, shifts, chairs and nurse coverage, availability, holds, appointments and
 * reminders. Double booking is impossible by construction: every use of a practitioner, chair or nurse-coverage
 * slot is a row under a PostgreSQL exclusion constraint. Other modules use {@link
 * org.ketapath.scheduling.SchedulingApi} and listen to {@link org.ketapath.scheduling.AppointmentBooked} and
 * {@link org.ketapath.scheduling.AppointmentCompleted}.
 */
@ApplicationModule(displayName = "Scheduling")
@NullMarked
package org.ketapath.scheduling;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
