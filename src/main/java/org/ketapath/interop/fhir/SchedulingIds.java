package org.ketapath.interop.fhir;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.scheduling.ServiceType;

/**
 * Ids of resources computed from availability, never stored: a Schedule is a clinic's service
 * ({@code <clinic id>.<service>}), a Slot is a start of that service (at a location, for services with chairs),
 * packed into 34 or 55 characters of base64url with '.' for '_' (a FHIR id is at most 64 of A-Z, a-z, 0-9, '-', '.').
 */
final class SchedulingIds {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private SchedulingIds() {}

    /** A clinic's service. */
    record ScheduleKey(UUID clinicId, ServiceType service) {

        String id() {
            return clinicId + "." + code(service);
        }
    }

    /** A start of a clinic's service, at a location for a service that uses a chair. */
    record SlotKey(
            UUID clinicId,
            ServiceType service,
            Instant start,
            @Nullable UUID locationId) {

        String id() {
            ByteBuffer bytes = ByteBuffer.allocate(locationId == null ? 25 : 41);
            put(bytes, clinicId);
            bytes.put((byte) service.ordinal());
            bytes.putLong(start.getEpochSecond());
            if (locationId != null) {
                put(bytes, locationId);
            }
            return ENCODER.encodeToString(bytes.array()).replace('_', '.');
        }

        ScheduleKey schedule() {
            return new ScheduleKey(clinicId, service);
        }
    }

    static String code(ServiceType service) {
        return service.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<ServiceType> service(@Nullable String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(
                ServiceType.parse(code.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
    }

    static Optional<ScheduleKey> schedule(@Nullable String id) {
        if (id == null || id.length() < 38 || id.charAt(36) != '.') {
            return Optional.empty();
        }
        try {
            UUID clinic = UUID.fromString(id.substring(0, 36));
            return service(id.substring(37)).map(s -> new ScheduleKey(clinic, s));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static Optional<SlotKey> slot(@Nullable String id) {
        if (id == null || (id.length() != 34 && id.length() != 55)) {
            return Optional.empty();
        }
        try {
            ByteBuffer bytes = ByteBuffer.wrap(DECODER.decode(id.replace('.', '_')));
            UUID clinic = new UUID(bytes.getLong(), bytes.getLong());
            int ordinal = bytes.get();
            if (ordinal < 0 || ordinal >= ServiceType.values().length) {
                return Optional.empty();
            }
            Instant start = Instant.ofEpochSecond(bytes.getLong());
            UUID location = bytes.remaining() == 16 ? new UUID(bytes.getLong(), bytes.getLong()) : null;
            return Optional.of(new SlotKey(clinic, ServiceType.values()[ordinal], start, location));
        } catch (IllegalArgumentException | java.nio.BufferUnderflowException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static void put(ByteBuffer bytes, UUID id) {
        bytes.putLong(id.getMostSignificantBits());
        bytes.putLong(id.getLeastSignificantBits());
    }
}
