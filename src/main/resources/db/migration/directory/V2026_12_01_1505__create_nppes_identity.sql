-- Practitioner identity as the last NPPES import gave it (individuals only), so a clinic joining the platform
-- gets its practitioners' names, credentials, taxonomy and licence slots filled in from their NPI. Self-reported
-- data: licences made from it are only ever PENDING evidence.
create table nppes_identity (
    npi           char(10)    primary key check (npi ~ '^[0-9]{10}$'),
    given_name    text        not null check (length(given_name) <= 100),
    family_name   text        not null check (length(family_name) <= 100),
    credentials   text        not null default '' check (length(credentials) <= 100),
    taxonomy_code text        check (taxonomy_code ~ '^[0-9A-Z]{9}X$'),
    licences      jsonb       not null default '[]' check (jsonb_typeof(licences) = 'array'),
    source_file   text        not null check (length(source_file) <= 300),
    imported_at   timestamptz not null
);
