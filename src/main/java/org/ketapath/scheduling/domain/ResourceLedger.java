package org.ketapath.scheduling.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.scheduling.domain.ServiceDefinition.ResourceKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Claims resources under the exclusion constraint. A claim first removes expired holds that overlap it (in the
 * caller's transaction: an expired hold frees its slot without any job), then inserts with {@code ON CONFLICT DO
 * NOTHING}, which PostgreSQL decides against committed and concurrent rows alike: zero rows means taken.
 */
@Repository
class ResourceLedger {

    private final JdbcClient jdbc;

    ResourceLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims one resource of each need, trying candidates in order; the ids claimed, or null if one is all taken. */
    @Nullable
    Claimed claim(
            UUID clinicId,
            List<SlotPlanner.Candidates> needs,
            String kind,
            UUID owner,
            @Nullable Instant expiresAt,
            Instant now) {
        UUID practitioner = null;
        UUID chair = null;
        for (SlotPlanner.Candidates candidates : needs) {
            UUID got = null;
            for (UUID resource : candidates.resources()) {
                if (tryInsert(resource, clinicId, kind, owner, candidates.need().interval(), expiresAt, now)) {
                    got = resource;
                    break;
                }
            }
            if (got == null) {
                return null;
            }
            if (candidates.need().kind() == ResourceKind.PRACTITIONER) {
                practitioner = got;
            } else if (candidates.need().kind() == ResourceKind.CHAIR) {
                chair = got;
            }
        }
        if (practitioner == null) {
            return null;
        }
        return new Claimed(practitioner, chair);
    }

    boolean tryInsert(
            UUID resource,
            UUID clinicId,
            String kind,
            UUID owner,
            Interval period,
            @Nullable Instant expiresAt,
            Instant now) {
        jdbc.sql("""
                        delete from resource_booking
                        where resource_id = :r and kind = 'HOLD' and expires_at <= :now
                          and period && tstzrange(:from, :to, '[)')
                        """)
                .param("r", resource)
                .param("now", ScheduleRepository.utc(now))
                .param("from", ScheduleRepository.utc(period.start()))
                .param("to", ScheduleRepository.utc(period.end()))
                .update();
        return jdbc.sql("""
                        insert into resource_booking (id, resource_id, clinic_id, kind, owner_id, period, expires_at)
                        values (:id, :r, :c, :kind, :owner, tstzrange(:from, :to, '[)'), :expires)
                        on conflict do nothing
                        """)
                        .param("id", UUID.randomUUID())
                        .param("r", resource)
                        .param("c", clinicId)
                        .param("kind", kind)
                        .param("owner", owner)
                        .param("from", ScheduleRepository.utc(period.start()))
                        .param("to", ScheduleRepository.utc(period.end()))
                        .param("expires", expiresAt == null ? null : ScheduleRepository.utc(expiresAt))
                        .update()
                == 1;
    }

    /** Turns an unexpired hold's rows into the appointment's; false when the hold is gone or expired. */
    boolean convertHold(UUID holdId, UUID appointmentId, Instant now) {
        return jdbc.sql("""
                        update resource_booking set kind = 'APPOINTMENT', owner_id = :a, expires_at = null
                        where owner_id = :h and kind = 'HOLD' and expires_at > :now
                        """)
                        .param("a", appointmentId)
                        .param("h", holdId)
                        .param("now", ScheduleRepository.utc(now))
                        .update()
                > 0;
    }

    int release(UUID owner) {
        return jdbc.sql("delete from resource_booking where owner_id = :o")
                .param("o", owner)
                .update();
    }

    record Claimed(UUID practitionerId, @Nullable UUID chairId) {}
}
