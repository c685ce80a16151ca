-- What a patient enters for their superbills: postal address and insurance member id (PHI, the patient's own).
create table billing_patient_details (
    patient_id uuid         primary key,
    street     varchar(200) not null check (length(street) between 1 and 200),
    city       varchar(100) not null check (length(city) between 1 and 100),
    state      char(2)      not null check (state ~ '^[A-Z]{2}$'),
    zip        char(5)      not null check (zip ~ '^[0-9]{5}$'),
    member_id  varchar(40)  check (member_id ~ '^[A-Za-z0-9 -]{1,40}$'),
    updated_at timestamptz  not null
);
