-- A clinic's informed-consent text (Markdown), versioned: a new text is a new version, never an edit.
create table consent_text (
    id          uuid        primary key,
    clinic_id   uuid        not null references clinic (id),
    version     integer     not null check (version >= 1),
    markdown    text        not null check (length(markdown) between 1 and 50000),
    created_by  uuid        not null,
    created_at  timestamptz not null,
    unique (clinic_id, version)
);
