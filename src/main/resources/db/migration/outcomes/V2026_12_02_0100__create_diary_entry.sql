-- A headache diary day: one row per patient and calendar day in the patient's time zone (kept with the row).
-- Without a headache there are no pain features; with one, peak pain and duration are given.
create table diary_entry (
    patient_id          uuid          not null references account (id),
    entry_date          date          not null,
    zone_id             varchar(64)   not null,
    headache            boolean       not null,
    peak_pain           smallint      check (peak_pain between 0 and 10),
    duration_hours      numeric(4, 2) check (duration_hours between 0 and 24),
    unilateral          boolean       not null default false,
    pulsating           boolean       not null default false,
    worse_with_activity boolean       not null default false,
    nausea              boolean       not null default false,
    vomiting            boolean       not null default false,
    light_sensitivity   boolean       not null default false,
    sound_sensitivity   boolean       not null default false,
    aura                boolean       not null default false,
    missed_activity     boolean       not null default false,
    notes               varchar(1000),
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null,
    primary key (patient_id, entry_date),
    check (not headache or (peak_pain is not null and duration_hours is not null)),
    check (headache or (coalesce(peak_pain, 0) = 0 and coalesce(duration_hours, 0) = 0
                        and not unilateral and not pulsating and not worse_with_activity))
);
