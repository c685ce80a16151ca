-- Failed sign-ins per account and per client address, shared by every app node: exponential back-off.
create table sign_in_throttle (
    throttle_key  text primary key,
    failures      integer     not null,
    blocked_until timestamptz,
    updated_at    timestamptz not null
);
