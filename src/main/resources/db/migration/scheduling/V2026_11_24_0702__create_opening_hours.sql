-- Weekly opening hours in the clinic's own time zone (ISO weekday 1 = Monday).
create table opening_hours (
    clinic_id  uuid     not null,
    weekday    smallint not null check (weekday between 1 and 7),
    opens_at   time     not null,
    closes_at  time     not null,
    check (opens_at < closes_at),
    primary key (clinic_id, weekday, opens_at)
);
