-- What a clinic's superbills say about it beyond the directory: tax id (EIN), organisation NPI, the NDC of the
-- ketamine it gives (for J3490 lines).
create table billing_clinic_identity (
    clinic_id        uuid        primary key references clinic (id) on delete cascade,
    tax_id           char(10)    check (tax_id ~ '^[0-9]{2}-[0-9]{7}$'),
    organisation_npi char(10)    check (organisation_npi ~ '^[0-9]{10}$'),
    ketamine_ndc     char(11)    check (ketamine_ndc ~ '^[0-9]{11}$'),
    updated_by       uuid,
    updated_at       timestamptz not null
);
