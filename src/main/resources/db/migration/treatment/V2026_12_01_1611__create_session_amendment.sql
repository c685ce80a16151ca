-- Amendments to a signed record: appended, never edited; the original rows stay as they were.
create table session_amendment (
    id          uuid          primary key,
    session_id  uuid          not null references treatment_session (id),
    clinic_id   uuid          not null references clinic (id),
    part        varchar(16)   not null
                check (part in ('PRE_CHECK', 'DOSES', 'VITALS', 'SCORES', 'EVENTS', 'DISCHARGE', 'FLAGS')),
    reason      varchar(4000) not null,
    changes     jsonb         not null,
    created_by  uuid          not null,
    created_at  timestamptz   not null
);
