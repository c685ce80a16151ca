package org.ketapath.directory.web;

import java.util.Optional;
import java.util.UUID;
import org.ketapath.directory.domain.ProviderProfiles;
import org.ketapath.scheduling.ClinicNames;
import org.springframework.stereotype.Component;

/** The names the booking pages show: those of listed (verified) providers. */
@Component
class ProviderNames implements ClinicNames {

    private final ProviderProfiles profiles;

    ProviderNames(ProviderProfiles profiles) {
        this.profiles = profiles;
    }

    @Override
    public Optional<String> nameOf(UUID clinicId) {
        return profiles.find(clinicId).map(p -> p.name());
    }
}
