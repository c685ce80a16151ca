-- What a patient shares with which clinic. A withdrawn consent stays as history; at most one active
-- consent per patient, clinic and scope.
create table consent (
    id           uuid primary key,
    patient_id   uuid        not null references account (id),
    clinic_id    uuid        not null,
    scope        text        not null check (scope in ('ASSESSMENT_RESULTS', 'DIARY')),
    granted_at   timestamptz not null,
    withdrawn_at timestamptz
);
create unique index consent_active on consent (patient_id, clinic_id, scope) where withdrawn_at is null;
create index consent_clinic on consent (clinic_id);
