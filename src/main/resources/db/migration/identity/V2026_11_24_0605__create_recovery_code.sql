-- One-time MFA recovery codes, stored as SHA-256 hashes only.
create table recovery_code (
    account_id uuid        not null references account (id),
    code_hash  bytea       not null,
    used_at    timestamptz,
    primary key (account_id, code_hash)
);
