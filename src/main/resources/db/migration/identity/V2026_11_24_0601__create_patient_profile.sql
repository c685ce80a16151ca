-- A patient's personal details (PHI). Erased when the account is closed.
create table patient_profile (
    account_id  uuid primary key references account (id),
    given_name  text        not null check (length(given_name) between 1 and 100),
    family_name text        not null check (length(family_name) between 1 and 100),
    birth_date  date        not null,
    zip         char(5)     not null check (zip ~ '^[0-9]{5}$'),
    phone       text check (phone is null or length(phone) <= 30),
    updated_at  timestamptz not null default now()
);
