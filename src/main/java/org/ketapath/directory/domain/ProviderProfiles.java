package org.ketapath.directory.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ketapath.directory.PublishedOutcomes;
import org.ketapath.scheduling.SchedulingApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Public profiles of verified providers. */
@Service
public class ProviderProfiles {

    private final ProfileRepository repository;
    private final SchedulingApi scheduling;
    private final PublishedOutcomes outcomes;

    ProviderProfiles(ProfileRepository repository, SchedulingApi scheduling, PublishedOutcomes outcomes) {
        this.repository = repository;
        this.scheduling = scheduling;
        this.outcomes = outcomes;
    }

    /** The profile of a verified clinic; empty for an unknown or unverified id. */
    @Transactional(readOnly = true)
    public Optional<ProviderProfile> find(UUID id) {
        return repository
                .findVerified(id)
                .map(profile -> profile.with(
                        scheduling.takingOnlineBookings(List.of(id)).contains(id), outcomes.of(id)));
    }
}
