-- Mail "delivered" in local development (no SMTP server configured), shown on /dev/mailbox.
create table dev_mailbox (
    id           uuid primary key,
    outbox_id    uuid         not null unique references outbox_email (id),
    recipient    varchar(320) not null,
    subject      varchar(200) not null,
    body         text         not null,
    delivered_at timestamptz  not null default now()
);
