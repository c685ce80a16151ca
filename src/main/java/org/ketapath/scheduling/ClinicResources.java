package org.ketapath.scheduling;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A clinic's practitioners and locations as the directory lists them, for the schedule settings (shifts are
 * for the clinic's own practitioners, chairs stand at one of its locations). Implemented by the directory
 * module, which owns those rows; the schedule's foreign keys refer to them.
 */
public interface ClinicResources {

    /** A practitioner of the clinic and the name staff know them by. */
    record Person(UUID id, String name) {}

    /** A location of the clinic, labelled by its address. */
    record Place(UUID id, String label) {}

    List<Person> practitioners(UUID clinicId);

    List<Place> locations(UUID clinicId);

    /** The clinic's time zone, if the clinic is known. */
    Optional<ZoneId> zone(UUID clinicId);

    /** The treatments the clinic offers by the directory's names (IV_INFUSION, IM_INJECTION, ...). */
    Set<String> modalities(UUID clinicId);
}
