-- What happened to a clinic's bookings, for its staff home page: each booking, move and cancellation, written in
-- the transaction of the change. No health information: the kind of visit, when, and whether the patient is new.
create table clinic_notice (
    id             uuid        primary key,
    clinic_id      uuid        not null references clinic (id) on delete cascade,
    appointment_id uuid        not null references appointment (id) on delete cascade,
    kind           text        not null check (kind in ('BOOKED', 'RESCHEDULED', 'CANCELLED')),
    service        text        not null check (service in ('FREE_CONSULT', 'IV_INFUSION', 'IM_INJECTION', 'AT_HOME_SESSION')),
    starts_at      timestamptz not null,
    previous_start timestamptz,
    new_patient    boolean     not null,
    occurred_at    timestamptz not null,
    check ((kind = 'RESCHEDULED') = (previous_start is not null))
);
create index clinic_notice_clinic_time on clinic_notice (clinic_id, occurred_at desc);
