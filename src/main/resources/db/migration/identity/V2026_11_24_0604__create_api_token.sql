-- Opaque bearer tokens for the API, stored as SHA-256 hashes only; revocable.
create table api_token (
    token_hash bytea primary key,
    account_id uuid        not null references account (id),
    created_at timestamptz not null,
    expires_at timestamptz not null,
    revoked_at timestamptz
);
create index api_token_account on api_token (account_id);
