-- What a patient paid for a visit, as staff recorded it (no card data: method and a reference only).
create table billing_payment (
    id             uuid         primary key,
    clinic_id      uuid         not null references clinic (id),
    appointment_id uuid         not null references appointment (id),
    patient_id     uuid         not null,
    receipt_number varchar(20)  not null unique check (receipt_number ~ '^R-[0-9]{4}-[0-9]{6}$'),
    paid_on        date         not null,
    amount_cents   bigint       not null check (amount_cents > 0),
    method         varchar(16)  not null check (method in ('CARD', 'CASH', 'HSA_FSA_CARD', 'CHECK')),
    reference      varchar(100) check (reference ~ '^[A-Za-z0-9 #/.-]{1,100}$'),
    recorded_by    uuid         not null,
    recorded_at    timestamptz  not null
);
create index billing_payment_appointment_idx on billing_payment (appointment_id);
create index billing_payment_clinic_patient_idx on billing_payment (clinic_id, patient_id, paid_on);
