-- A reading beyond the clinic's thresholds; the record cannot be signed until each has an action note.
create table session_flag (
    id            uuid        primary key,
    session_id    uuid        not null references treatment_session (id),
    clinic_id     uuid        not null references clinic (id),
    vitals_id     uuid        not null references session_vitals (id) on delete cascade,
    kind          varchar(24) not null
                  check (kind in ('SYSTOLIC_HIGH', 'DIASTOLIC_HIGH', 'HEART_RATE_HIGH', 'SPO2_LOW',
                                  'RESPIRATORY_RATE_LOW', 'RESPIRATORY_RATE_HIGH')),
    value         smallint    not null,
    threshold     smallint    not null,
    note          varchar(4000),
    resolved_by   uuid,
    resolved_at   timestamptz,
    check ((note is null) = (resolved_at is null))
);
create index session_flag_session_idx on session_flag (session_id);
