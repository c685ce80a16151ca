-- Scores: CADSS-6 (6 items 0-4), MOAA/S (0-5), pain NRS (0-10).
create table session_score (
    id           uuid        primary key,
    session_id   uuid        not null references treatment_session (id),
    clinic_id    uuid        not null references clinic (id),
    instrument   varchar(12) not null check (instrument in ('CADSS_6', 'MOAA_S', 'PAIN_NRS')),
    value        smallint    not null,
    phase        varchar(8)  not null check (phase in ('BEFORE', 'AFTER')),
    at           timestamptz not null,
    recorded_by  uuid        not null,
    check (value >= 0 and value <= case instrument when 'CADSS_6' then 24 when 'MOAA_S' then 5 else 10 end)
);
