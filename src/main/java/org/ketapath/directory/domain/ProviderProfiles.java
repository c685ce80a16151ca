package org.ketapath.directory.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Public profiles of verified providers. */
@Service
public class ProviderProfiles {

    private final ProfileRepository repository;

    ProviderProfiles(ProfileRepository repository) {
        this.repository = repository;
    }

    /** The profile of a verified clinic; empty for an unknown or unverified id. */
    @Transactional(readOnly = true)
    public Optional<ProviderProfile> find(UUID id) {
        return repository.findVerified(id);
    }
}
