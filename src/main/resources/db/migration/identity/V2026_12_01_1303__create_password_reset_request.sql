-- Password reset requests per e-mail address typed (hashed) and per client address, for the throttle; rows
-- older than a day are removed as new requests come in.
create table password_reset_request (
    throttle_key text        not null,
    requested_at timestamptz not null
);
create index password_reset_request_key on password_reset_request (throttle_key, requested_at);
