-- When a staff member last opened their clinic's home page: what happened since is "new" to them.
create table staff_home_visit (
    account_id uuid        not null references account (id) on delete cascade,
    clinic_id  uuid        not null references clinic (id) on delete cascade,
    seen_at    timestamptz not null,
    primary key (account_id, clinic_id)
);
