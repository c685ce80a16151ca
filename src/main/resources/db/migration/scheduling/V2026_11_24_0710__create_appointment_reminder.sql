-- Reminders due before an appointment; a sweep enqueues each into the e-mail outbox once (same transaction).
create table appointment_reminder (
    appointment_id  uuid        not null,
    kind            varchar(12) not null check (kind in ('REMINDER_24H', 'REMINDER_2H')),
    due_at          timestamptz not null,
    starts_at       timestamptz not null,
    enqueued_at     timestamptz,
    primary key (appointment_id, kind)
);
create index appointment_reminder_due_idx on appointment_reminder (due_at) where enqueued_at is null;
