package org.ketapath.outcomes.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Diary days and their medicines, and the patient's diary settings. */
@Repository
class DiaryRepository {

    /** The longest range one read may cover, in days (bounds every result). */
    static final int MAX_RANGE_DAYS = 400;

    private final JdbcClient jdbc;

    DiaryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the day (replacing an earlier entry of the same day and its medicines). */
    void upsert(UUID patient, ZoneId zone, DiaryDay day, Instant now) {
        jdbc.sql("""
                        insert into diary_entry (patient_id, entry_date, zone_id, headache, peak_pain, duration_hours,
                            unilateral, pulsating, worse_with_activity, nausea, vomiting, light_sensitivity,
                            sound_sensitivity, aura, missed_activity, notes, created_at, updated_at)
                        values (:p, :d, :zone, :headache, :pain, :hours, :uni, :puls, :worse, :nausea, :vomiting,
                            :light, :sound, :aura, :missed, :notes, :now, :now)
                        on conflict (patient_id, entry_date) do update set zone_id = excluded.zone_id,
                            headache = excluded.headache, peak_pain = excluded.peak_pain,
                            duration_hours = excluded.duration_hours, unilateral = excluded.unilateral,
                            pulsating = excluded.pulsating, worse_with_activity = excluded.worse_with_activity,
                            nausea = excluded.nausea, vomiting = excluded.vomiting,
                            light_sensitivity = excluded.light_sensitivity,
                            sound_sensitivity = excluded.sound_sensitivity, aura = excluded.aura,
                            missed_activity = excluded.missed_activity, notes = excluded.notes,
                            updated_at = excluded.updated_at
                        """)
                .param("p", patient)
                .param("d", day.date())
                .param("zone", zone.getId())
                .param("headache", day.headache())
                .param("pain", day.peakPain())
                .param("hours", day.durationHours())
                .param("uni", day.unilateral())
                .param("puls", day.pulsating())
                .param("worse", day.worseWithActivity())
                .param("nausea", day.nausea())
                .param("vomiting", day.vomiting())
                .param("light", day.lightSensitivity())
                .param("sound", day.soundSensitivity())
                .param("aura", day.aura())
                .param("missed", day.missedActivity())
                .param("notes", day.notes())
                .param("now", now.atOffset(ZoneOffset.UTC))
                .update();
        jdbc.sql("delete from diary_medication where patient_id = :p and entry_date = :d")
                .param("p", patient)
                .param("d", day.date())
                .update();
        int position = 0;
        for (DiaryDay.Medication m : day.medications()) {
            jdbc.sql("""
                            insert into diary_medication (patient_id, entry_date, position, name, doses,
                                medication_class) values (:p, :d, :pos, :name, :doses, :class)
                            """)
                    .param("p", patient)
                    .param("d", day.date())
                    .param("pos", position++)
                    .param("name", m.name())
                    .param("doses", m.doses())
                    .param("class", m.medicationClass().name())
                    .update();
        }
    }

    /** Whether the patient has an entry on that day. */
    boolean exists(UUID patient, LocalDate date) {
        return jdbc.sql("select count(*) from diary_entry where patient_id = :p and entry_date = :d")
                        .param("p", patient)
                        .param("d", date)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** The patient's days from {@code from} to {@code to} inclusive, by date. */
    Map<LocalDate, DiaryDay> days(UUID patient, LocalDate from, LocalDate to) {
        Map<LocalDate, List<DiaryDay.Medication>> meds = new LinkedHashMap<>();
        jdbc.sql("""
                        select entry_date, name, doses, medication_class from diary_medication
                         where patient_id = :p and entry_date between :f and :t order by entry_date, position
                        """).param("p", patient).param("f", from).param("t", to).query((ResultSet rs) -> {
            meds.computeIfAbsent(rs.getObject(1, LocalDate.class), d -> new ArrayList<>())
                    .add(new DiaryDay.Medication(
                            rs.getString(2), rs.getInt(3), MedicationClass.valueOf(rs.getString(4))));
        });
        Map<LocalDate, DiaryDay> days = new LinkedHashMap<>();
        jdbc.sql("""
                        select entry_date, headache, peak_pain, duration_hours, unilateral, pulsating,
                               worse_with_activity, nausea, vomiting, light_sensitivity, sound_sensitivity, aura,
                               missed_activity, notes
                          from diary_entry where patient_id = :p and entry_date between :f and :t
                         order by entry_date
                        """)
                .param("p", patient)
                .param("f", from)
                .param("t", to)
                .query((rs, n) -> day(rs, meds))
                .list()
                .forEach(d -> days.put(d.date(), d));
        return days;
    }

    private static DiaryDay day(ResultSet rs, Map<LocalDate, List<DiaryDay.Medication>> meds) throws SQLException {
        LocalDate date = rs.getObject(1, LocalDate.class);
        return new DiaryDay(
                date,
                rs.getBoolean(2),
                rs.getObject(3, Integer.class),
                rs.getObject(4, BigDecimal.class),
                rs.getBoolean(5),
                rs.getBoolean(6),
                rs.getBoolean(7),
                rs.getBoolean(8),
                rs.getBoolean(9),
                rs.getBoolean(10),
                rs.getBoolean(11),
                rs.getBoolean(12),
                meds.getOrDefault(date, List.of()),
                rs.getBoolean(13),
                rs.getString(14));
    }

    /** The patient's diary settings, if they saved any. */
    Optional<Settings> settings(UUID patient) {
        return jdbc.sql("select zone_id, reminder_time from diary_settings where patient_id = :p")
                .param("p", patient)
                .query((rs, n) -> new Settings(ZoneId.of(rs.getString(1)), rs.getObject(2, java.time.LocalTime.class)))
                .optional();
    }

    void saveSettings(UUID patient, Settings settings, @Nullable Instant nextReminder, Instant now) {
        jdbc.sql("""
                        insert into diary_settings (patient_id, zone_id, reminder_time, next_reminder_at, updated_at)
                        values (:p, :zone, :time, :next, :now)
                        on conflict (patient_id) do update set zone_id = excluded.zone_id,
                            reminder_time = excluded.reminder_time, next_reminder_at = excluded.next_reminder_at,
                            updated_at = excluded.updated_at
                        """)
                .param("p", patient)
                .param("zone", settings.zone().getId())
                .param("time", settings.reminderTime())
                .param("next", nextReminder == null ? null : OffsetDateTime.ofInstant(nextReminder, ZoneOffset.UTC))
                .param("now", now.atOffset(ZoneOffset.UTC))
                .update();
    }

    /**
     * A patient's diary settings.
     *
     * @param zone the time zone their days are counted in
     * @param reminderTime the local time of the daily reminder e-mail, or null for none
     */
    record Settings(ZoneId zone, java.time.@Nullable LocalTime reminderTime) {}
}
