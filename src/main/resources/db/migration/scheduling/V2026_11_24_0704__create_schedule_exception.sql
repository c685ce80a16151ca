-- Closures (holidays, training days) and one-off extra opening hours, as UTC instant ranges.
create table schedule_exception (
    id         uuid        primary key,
    clinic_id  uuid        not null,
    kind       varchar(12) not null check (kind in ('CLOSED', 'EXTRA_HOURS')),
    period     tstzrange   not null check (not isempty(period) and lower_inc(period) and not upper_inc(period)),
    note       varchar(200)
);
create index schedule_exception_clinic_idx on schedule_exception using gist (clinic_id, period);
