-- Doses given; mg/kg is computed from the pre-check weight and kept as given.
create table session_dose (
    id                      uuid          primary key,
    session_id              uuid          not null references treatment_session (id),
    clinic_id               uuid          not null references clinic (id),
    drug                    varchar(12)   not null check (drug in ('KETAMINE', 'ESKETAMINE')),
    route                   varchar(32)   not null
                            check (route in ('IV', 'IM', 'INTRANASAL_ESKETAMINE', 'ORAL_OR_SUBLINGUAL_AT_HOME')),
    amount_mg               numeric(7, 2) not null check (amount_mg > 0 and amount_mg <= 1000),
    mg_per_kg               numeric(6, 3) not null check (mg_per_kg > 0),
    rate_mg_per_kg_per_hour numeric(6, 3) check (rate_mg_per_kg_per_hour > 0 and rate_mg_per_kg_per_hour <= 10),
    start_at                timestamptz   not null,
    stop_at                 timestamptz,
    lot                     varchar(64)   not null,
    lot_expires_on          date          not null,
    justification           varchar(4000),
    recorded_by             uuid          not null,
    recorded_at             timestamptz   not null,
    check (stop_at is null or stop_at >= start_at),
    check ((drug = 'ESKETAMINE') = (route = 'INTRANASAL_ESKETAMINE'))
);
create index session_dose_session_idx on session_dose (session_id, start_at);
