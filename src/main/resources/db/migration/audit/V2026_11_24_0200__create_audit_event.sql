-- The PHI access trail (HIPAA 45 CFR 164.312(b)): who, what, when, from where, with what outcome.
-- seq, occurred_at, prev_hash and row_hash are set by the chain trigger, never by the application.
create table audit_event (
    seq           bigint primary key,
    occurred_at   timestamptz not null,
    actor_id      uuid,
    actor_role    varchar(40),
    clinic_id     uuid,
    action        varchar(40)  not null check (action ~ '^[A-Z][A-Z_]*$'),
    resource_type varchar(60)  not null check (resource_type <> ''),
    resource_id   varchar(200),
    patient_id    uuid,
    outcome       varchar(10)  not null check (outcome in ('SUCCESS', 'DENIED', 'FAILURE')),
    ip_address    varchar(64),
    user_agent    varchar(512),
    prev_hash     bytea        not null check (length(prev_hash) = 32),
    row_hash      bytea        not null check (length(row_hash) = 32)
);

create index audit_event_patient_idx on audit_event (patient_id, seq desc) where patient_id is not null;
