-- A new password ends every other open reset link of the account.
create index password_reset_account on password_reset (account_id) where used_at is null;
