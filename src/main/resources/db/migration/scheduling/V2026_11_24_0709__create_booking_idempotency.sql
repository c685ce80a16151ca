-- Idempotency keys of booking requests: the same key from the same account returns the same appointment.
create table booking_idempotency (
    account_id      uuid         not null,
    idempotency_key varchar(200) not null,
    request_hash    varchar(64)  not null,
    appointment_id  uuid         not null,
    created_at      timestamptz  not null,
    primary key (account_id, idempotency_key)
);
