-- The last TOTP time step (Unix time / 30 s) a code was accepted for. A code of that step or an earlier one is
-- refused, so a code that was seen once (over a shoulder, in a proxy log) cannot be used again within its window
-- (RFC 6238, section 5.2).
alter table account add column totp_last_step bigint;
