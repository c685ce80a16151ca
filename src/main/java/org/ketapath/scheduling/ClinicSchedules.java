package org.ketapath.scheduling;

import java.time.ZoneId;
import java.util.UUID;

/** Schedules of clinics that are new to the platform. */
public interface ClinicSchedules {

    /**
     * Gives a clinic that has just joined an empty schedule in its zone (default booking rules; no services,
     * hours, shifts or chairs yet), so its staff can open the calendar and fill in the settings at once. Does
     * nothing when the clinic already has a schedule.
     */
    void openEmpty(UUID clinicId, ZoneId zone);
}
