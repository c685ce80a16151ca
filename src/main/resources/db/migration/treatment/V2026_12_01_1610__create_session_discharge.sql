-- Discharge: modified Aldrete or PADSS (0-10); below 9 only with a written justification.
create table session_discharge (
    session_id          uuid          primary key references treatment_session (id),
    clinic_id           uuid          not null references clinic (id),
    tool                varchar(8)    not null check (tool in ('ALDRETE', 'PADSS')),
    score               smallint      not null check (score between 0 and 10),
    at                  timestamptz   not null,
    escort_confirmed    boolean       not null,
    instructions_given  boolean       not null,
    justification       varchar(4000),
    recorded_by         uuid          not null,
    check (score >= 9 or justification is not null)
);
