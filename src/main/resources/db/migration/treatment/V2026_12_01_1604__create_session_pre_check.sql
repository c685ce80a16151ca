-- Pre-check: one per session (replaced while the record is open).
create table session_pre_check (
    session_id          uuid          primary key references treatment_session (id),
    clinic_id           uuid          not null references clinic (id),
    weight_kg           numeric(5, 1) not null check (weight_kg between 20 and 350),
    fasting             boolean       not null,
    escort_name         varchar(200),
    escort_phone        varchar(32),
    medication_changes  varchar(4000),
    pregnancy_test      varchar(16)   not null check (pregnancy_test in ('NEGATIVE', 'POSITIVE', 'NOT_APPLICABLE')),
    phq9_item9          smallint      check (phq9_item9 between 0 and 3),
    risk_assessment     varchar(4000),
    recorded_by         uuid          not null,
    recorded_at         timestamptz   not null
);
