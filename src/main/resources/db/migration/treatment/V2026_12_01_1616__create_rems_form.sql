-- Spravato REMS Patient Monitoring Form submissions (one per esketamine session).
create table rems_form (
    session_id    uuid        primary key references treatment_session (id),
    clinic_id     uuid        not null references clinic (id),
    submitted_by  uuid        not null,
    submitted_at  timestamptz not null
);
