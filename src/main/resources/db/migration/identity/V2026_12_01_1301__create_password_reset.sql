-- Single-use password reset links, 30 minutes, stored as SHA-256 hashes only. A row without an account is the
-- decoy written when the address has no account (both answers do the same work); it can never be used.
create table password_reset (
    token_hash bytea primary key,
    account_id uuid        references account (id),
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);
