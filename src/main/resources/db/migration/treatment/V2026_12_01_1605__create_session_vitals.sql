-- Vital signs; the database refuses physiologically impossible values as the API does.
create table session_vitals (
    id                uuid        primary key,
    session_id        uuid        not null references treatment_session (id),
    clinic_id         uuid        not null references clinic (id),
    baseline          boolean     not null default false,
    at                timestamptz not null,
    systolic          smallint    not null check (systolic between 50 and 300),
    diastolic         smallint    not null check (diastolic between 20 and 200),
    heart_rate        smallint    not null check (heart_rate between 20 and 300),
    spo2              smallint    not null check (spo2 between 50 and 100),
    respiratory_rate  smallint    check (respiratory_rate between 0 and 80),
    recorded_by       uuid        not null,
    check (diastolic < systolic)
);
create index session_vitals_session_idx on session_vitals (session_id, at);
