package org.ketapath.directory.domain;

import java.time.Clock;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers clinics with their location, practitioners, licences and prices. */
@Service
public class ClinicRegistry {

    private final ClinicRepository clinics;
    private final SearchProjection projection;
    private final Clock clock;

    ClinicRegistry(ClinicRepository clinics, SearchProjection projection, ObjectProvider<Clock> clock) {
        this.clinics = clinics;
        this.projection = projection;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Transactional
    public UUID register(NewClinic clinic) {
        clinics.insert(clinic, clock.instant());
        projection.refresh(clinic.id());
        return clinic.id();
    }

    public boolean exists(UUID id) {
        return clinics.exists(id);
    }
}
