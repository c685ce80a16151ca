-- A patient's new e-mail address waits here until they open the link mailed to it (single-use, stored hashed);
-- only then does the account's address change.
create table email_change (
    token_hash bytea primary key,
    account_id uuid        not null references account (id),
    new_email  text        not null check (length(new_email) <= 320),
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index email_change_account on email_change (account_id);
