package org.ketapath.scheduling.domain;

import java.time.ZoneId;
import java.util.UUID;
import org.ketapath.scheduling.ClinicSchedules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An empty schedule for a clinic that joins: the settings row with the defaults the table states. */
@Service
class EmptySchedules implements ClinicSchedules {

    private final JdbcClient jdbc;

    EmptySchedules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void openEmpty(UUID clinicId, ZoneId zone) {
        jdbc.sql(
                        "insert into schedule_settings (clinic_id, zone_id) values (:c, :z) on conflict (clinic_id) do nothing")
                .param("c", clinicId)
                .param("z", zone.getId())
                .update();
    }
}
