package org.ketapath.scheduling;

import java.util.Optional;
import java.util.UUID;

/**
 * A clinic's public name, for the booking pages. Implemented by the directory module (which owns clinics);
 * without an implementation the pages say "the clinic".
 */
public interface ClinicNames {

    /** The clinic's name, if it is listed. */
    Optional<String> nameOf(UUID clinicId);
}
