-- Appointments: UTC instants plus the clinic's zone id; the visit's phases are stored as minutes.
create table appointment (
    id               uuid        primary key,
    clinic_id        uuid        not null,
    patient_id       uuid        not null,
    practitioner_id  uuid        not null,
    chair_id         uuid,
    service          varchar(20) not null,
    period           tstzrange   not null check (not isempty(period) and lower_inc(period) and not upper_inc(period)),
    zone_id          varchar(64) not null,
    pre_minutes      integer     not null,
    main_minutes     integer     not null,
    post_minutes     integer     not null,
    status           varchar(12) not null default 'BOOKED'
                     check (status in ('BOOKED', 'CHECKED_IN', 'IN_PROGRESS', 'COMPLETED', 'NO_SHOW', 'CANCELLED')),
    assessment_id    uuid,
    created_at       timestamptz not null,
    updated_at       timestamptz not null
);
create index appointment_patient_idx on appointment (patient_id, lower(period));
create index appointment_clinic_idx on appointment using gist (clinic_id, period);
