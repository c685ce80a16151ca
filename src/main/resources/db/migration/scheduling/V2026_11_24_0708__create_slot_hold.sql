-- A slot held for ten minutes while a patient signs up; its resources are HOLD rows in resource_booking.
create table slot_hold (
    id          uuid        primary key,
    clinic_id   uuid        not null,
    service     varchar(20) not null,
    starts_at   timestamptz not null,
    practitioner_id  uuid   not null,
    chair_id    uuid,
    expires_at  timestamptz not null,
    created_at  timestamptz not null
);
