-- An invitation to join a clinic's staff: a single-use link valid for 7 days, stored as the SHA-256 of its token
-- only. It is pending until accepted, revoked or expired; accepting it creates (or adds to the clinic) the account.
create table staff_invitation (
    id               uuid        primary key,
    token_hash       bytea       not null unique check (octet_length(token_hash) = 32),
    clinic_id        uuid        not null references clinic (id) on delete cascade,
    email            text        not null check (length(email) between 3 and 320),
    email_normalized text        not null,
    role             text        not null check (role in ('CLINICIAN', 'CLINIC_ADMIN')),
    invited_by       uuid        not null references account (id),
    created_at       timestamptz not null,
    expires_at       timestamptz not null,
    accepted_at      timestamptz,
    accepted_by      uuid        references account (id),
    revoked_at       timestamptz,
    check (expires_at > created_at),
    check (accepted_at is null or revoked_at is null),
    check ((accepted_at is null) = (accepted_by is null))
);
create index staff_invitation_pending on staff_invitation (clinic_id, email_normalized)
    where accepted_at is null and revoked_at is null;
