-- Which clinics (tenants) a staff account works for. Clinics are owned by the directory module:
-- a foreign key to its clinic table is added once both are on main.
create table clinic_membership (
    account_id uuid        not null references account (id),
    clinic_id  uuid        not null,
    created_at timestamptz not null default now(),
    primary key (account_id, clinic_id)
);
create index clinic_membership_clinic on clinic_membership (clinic_id);
