-- An issued superbill: the document as issued (JSON), never changed; a correction is a new version that
-- references the previous one (each version corrected at most once).
create table superbill (
    id                 uuid        primary key,
    clinic_id          uuid        not null references clinic (id),
    patient_id         uuid        not null,
    number             varchar(20) not null check (number ~ '^SB-[0-9]{4}-[0-9]{6}$'),
    version            integer     not null check (version >= 1),
    previous_id        uuid        unique references superbill (id),
    period_from        date        not null,
    period_to          date        not null,
    content            jsonb       not null,
    total_charge_cents bigint      not null check (total_charge_cents >= 0),
    total_paid_cents   bigint      not null check (total_paid_cents >= 0),
    correction_reason  varchar(500),
    issued_by          uuid        not null,
    issued_at          timestamptz not null,
    unique (number, version),
    check (period_to >= period_from),
    check ((version = 1) = (previous_id is null)),
    check ((previous_id is null) = (correction_reason is null))
);
create index superbill_patient_idx on superbill (patient_id, issued_at desc);
create index superbill_clinic_patient_idx on superbill (clinic_id, patient_id, issued_at desc);
