-- Outgoing e-mail, written in the same transaction as the change that causes it and delivered afterwards.
create table outbox_email (
    id                uuid primary key,
    deduplication_key varchar(200) unique,
    recipient         varchar(320) not null check (position('@' in recipient) > 1),
    subject           varchar(200) not null,
    body              text         not null,
    status            varchar(10)  not null default 'PENDING' check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED')),
    attempts          integer      not null default 0 check (attempts >= 0),
    next_attempt_at   timestamptz  not null default now(),
    locked_until      timestamptz,
    last_error        varchar(300),
    created_at        timestamptz  not null default now(),
    sent_at           timestamptz,
    check ((status = 'SENT') = (sent_at is not null))
);

create index outbox_email_due_idx on outbox_email (next_attempt_at) where status in ('PENDING', 'SENDING');
