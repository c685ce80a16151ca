-- The session record: one per appointment, open until a clinician signs it.
create table treatment_session (
    id              uuid        primary key,
    clinic_id       uuid        not null references clinic (id),
    appointment_id  uuid        not null unique references appointment (id),
    course_id       uuid        not null references treatment_course (id),
    patient_id      uuid        not null,
    status          varchar(8)  not null default 'OPEN' check (status in ('OPEN', 'SIGNED')),
    created_by      uuid        not null,
    created_at      timestamptz not null,
    signed_by       uuid,
    signed_at       timestamptz,
    check ((status = 'SIGNED') = (signed_at is not null and signed_by is not null))
);
