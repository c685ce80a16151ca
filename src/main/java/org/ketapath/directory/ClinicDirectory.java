package org.ketapath.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What other modules may ask the directory about clinics: their names, and for a clinic's own workspace the
 * clinic whatever its verification status (its staff need its name while it waits for verification; patients
 * only ever find verified clinics).
 */
public interface ClinicDirectory {

    /** The names of the clinics the directory lists among the ids (unknown ids are left out). */
    Map<UUID, String> namesOf(Collection<UUID> clinicIds);

    /** The clinic with this id, if it exists. */
    Optional<ClinicCard> find(UUID clinicId);

    /** The clinics with these ids that exist, by name. */
    List<ClinicCard> findAll(Collection<UUID> clinicIds);

    /**
     * A clinic as its staff see it.
     *
     * @param id the clinic id
     * @param name its name
     * @param timezone its IANA zone
     * @param verified whether a platform admin verified it (only then do patients find it)
     * @param notificationEmail where its booking notices go, if it gave an address
     */
    record ClinicCard(
            UUID id,
            String name,
            String timezone,
            boolean verified,
            @Nullable String notificationEmail) {}
}
