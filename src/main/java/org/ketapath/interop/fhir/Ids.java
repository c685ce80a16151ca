package org.ketapath.interop.fhir;

import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.IdType;

/** Resource ids are the modules' UUIDs; anything else names no resource (404, not 400). */
final class Ids {

    private Ids() {}

    static Optional<UUID> uuid(IdType id) {
        try {
            String part = id.getIdPart();
            return part == null || part.length() != 36 ? Optional.empty() : Optional.of(UUID.fromString(part));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
