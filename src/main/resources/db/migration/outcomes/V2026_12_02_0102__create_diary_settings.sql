-- A patient's diary settings: the time zone their days are counted in, and an optional daily e-mail reminder
-- at a local time (next_reminder_at is the next instant it is due, in UTC).
create table diary_settings (
    patient_id        uuid        primary key references account (id),
    zone_id           varchar(64) not null,
    reminder_time     time,
    next_reminder_at  timestamptz,
    updated_at        timestamptz not null,
    check ((reminder_time is null) = (next_reminder_at is null))
);
