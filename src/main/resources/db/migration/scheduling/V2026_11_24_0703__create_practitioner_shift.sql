-- Weekly shifts of a clinic's practitioners in the clinic's zone. A practitioner whose shift covers infusion
-- monitoring (monitors_chairs) watches up to the clinic's nurse_max_chairs running chairs during it.
create table practitioner_shift (
    clinic_id        uuid     not null,
    practitioner_id  uuid     not null,
    weekday          smallint not null check (weekday between 1 and 7),
    starts_at        time     not null,
    ends_at          time     not null,
    monitors_chairs  boolean  not null default false,
    check (starts_at < ends_at),
    primary key (clinic_id, practitioner_id, weekday, starts_at)
);
