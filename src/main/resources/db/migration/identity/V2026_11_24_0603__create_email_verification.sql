-- Single-use, expiring e-mail verification tokens, stored as SHA-256 hashes only.
create table email_verification (
    token_hash bytea primary key,
    account_id uuid        not null references account (id),
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index email_verification_account on email_verification (account_id);
