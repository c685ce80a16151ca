-- Per-clinic scheduling settings. clinic_id is the directory's clinic (= provider) id; the foreign key to the
-- directory's clinic table is added when both modules are merged.
create table schedule_settings (
    clinic_id           uuid primary key,
    zone_id             varchar(64) not null,
    min_notice_minutes  integer     not null default 120 check (min_notice_minutes between 0 and 10080),
    horizon_days        integer     not null default 180 check (horizon_days between 1 and 730),
    free_cancel_hours   integer     not null default 24 check (free_cancel_hours between 0 and 720),
    slot_step_minutes   integer     not null default 15 check (slot_step_minutes in (5, 10, 15, 20, 30, 60)),
    nurse_max_chairs    integer     not null default 2 check (nurse_max_chairs between 1 and 12)
);
