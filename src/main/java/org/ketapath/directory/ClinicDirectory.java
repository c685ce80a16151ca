package org.ketapath.directory;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** What other modules may ask the directory about clinics: their public names. */
public interface ClinicDirectory {

    /** The names of the clinics the directory lists among the ids (unknown ids are left out). */
    Map<UUID, String> namesOf(Collection<UUID> clinicIds);
}
