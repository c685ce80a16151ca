package org.ketapath.scheduling.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes a clinic's schedule: settings, services, weekly hours, shifts and chairs (demo data, tests, admin). */
@Service
public class ScheduleSetup {

    private final JdbcClient jdbc;

    ScheduleSetup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A clinic's whole weekly setup; replaces nothing (use a fresh clinic id). The clinic, its practitioners and
     * the location of its chairs ({@code locationId}) are the directory's rows, which must exist (foreign keys).
     */
    public record ClinicSetup(
            UUID clinicId,
            ZoneId zone,
            List<ServiceDefinition> services,
            List<DayOfWeek> openDays,
            LocalTime opens,
            LocalTime closes,
            List<UUID> practitioners,
            List<UUID> monitoringPractitioners,
            int chairs,
            int minNoticeMinutes,
            UUID locationId,
            boolean onlineBooking) {

        /** A setup of a clinic that takes online bookings. */
        public ClinicSetup(
                UUID clinicId,
                ZoneId zone,
                List<ServiceDefinition> services,
                List<DayOfWeek> openDays,
                LocalTime opens,
                LocalTime closes,
                List<UUID> practitioners,
                List<UUID> monitoringPractitioners,
                int chairs,
                int minNoticeMinutes,
                UUID locationId) {
            this(
                    clinicId,
                    zone,
                    services,
                    openDays,
                    opens,
                    closes,
                    practitioners,
                    monitoringPractitioners,
                    chairs,
                    minNoticeMinutes,
                    locationId,
                    true);
        }
    }

    public boolean exists(UUID clinicId) {
        return jdbc.sql("select count(*) from schedule_settings where clinic_id = :c")
                        .param("c", clinicId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Transactional
    public void create(ClinicSetup s) {
        jdbc.sql("""
                        insert into schedule_settings (clinic_id, zone_id, min_notice_minutes, online_booking)
                        values (:c, :z, :n, :online)
                        """)
                .param("c", s.clinicId())
                .param("z", s.zone().getId())
                .param("n", s.minNoticeMinutes())
                .param("online", s.onlineBooking())
                .update();
        for (ServiceDefinition d : s.services()) {
            jdbc.sql("""
                            insert into clinic_service (clinic_id, service, pre_minutes, main_minutes, post_minutes,
                                buffer_before, buffer_after) values (:c, :s, :pre, :main, :post, :bb, :ba)
                            """)
                    .param("c", s.clinicId())
                    .param("s", d.type().name())
                    .param("pre", d.pre())
                    .param("main", d.main())
                    .param("post", d.post())
                    .param("bb", d.bufferBefore())
                    .param("ba", d.bufferAfter())
                    .update();
        }
        for (DayOfWeek day : s.openDays()) {
            jdbc.sql("insert into opening_hours (clinic_id, weekday, opens_at, closes_at) values (:c, :d, :o, :cl)")
                    .param("c", s.clinicId())
                    .param("d", day.getValue())
                    .param("o", s.opens())
                    .param("cl", s.closes())
                    .update();
            for (UUID p : s.practitioners()) {
                jdbc.sql("""
                                insert into practitioner_shift (clinic_id, practitioner_id, weekday, starts_at, ends_at,
                                    monitors_chairs) values (:c, :p, :d, :o, :cl, :m)
                                """)
                        .param("c", s.clinicId())
                        .param("p", p)
                        .param("d", day.getValue())
                        .param("o", s.opens())
                        .param("cl", s.closes())
                        .param("m", s.monitoringPractitioners().contains(p))
                        .update();
            }
        }
        UUID location = s.locationId();
        for (int i = 1; i <= s.chairs(); i++) {
            jdbc.sql("insert into chair (id, clinic_id, location_id, label) values (:id, :c, :l, :label)")
                    .param(
                            "id",
                            UUID.nameUUIDFromBytes(("chair/" + s.clinicId() + "/" + i)
                                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .param("c", s.clinicId())
                    .param("l", location)
                    .param("label", "Chair " + i)
                    .update();
        }
    }
}
