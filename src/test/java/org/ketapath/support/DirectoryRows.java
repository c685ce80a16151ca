package org.ketapath.support;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The directory's clinic rows that other modules' rows refer to (clinic_membership, consent, schedules), for
 * tests that only need a clinic id to exist. Plain SQL, idempotent.
 */
public final class DirectoryRows {

    private DirectoryRows() {}

    public static void clinics(JdbcClient jdbc, UUID... ids) {
        for (UUID id : ids) {
            jdbc.sql("""
                            insert into clinic (id, name, phone, timezone)
                            values (:id, :name, '215-555-0100', 'America/New_York') on conflict do nothing
                            """)
                    .param("id", id)
                    .param("name", "Test Clinic " + id.toString().substring(0, 8))
                    .update();
        }
    }
}
