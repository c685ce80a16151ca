-- Who uses which resource (practitioner, chair, nurse-coverage slot) when. The exclusion constraint is what
-- makes double booking impossible, whatever the concurrency. Holds are rows here too, with expires_at: they
-- block until they expire; an insert first deletes expired holds that overlap it (same transaction), and
-- availability ignores them, so no job has to run for an expired hold to free its slot.
create table resource_booking (
    id           uuid        primary key,
    resource_id  uuid        not null,
    clinic_id    uuid        not null,
    kind         varchar(12) not null check (kind in ('APPOINTMENT', 'HOLD', 'BLOCK')),
    owner_id     uuid        not null,
    period       tstzrange   not null check (not isempty(period) and lower_inc(period) and not upper_inc(period)),
    expires_at   timestamptz,
    check ((kind = 'HOLD') = (expires_at is not null)),
    constraint resource_booking_no_overlap exclude using gist (resource_id with =, period with &&)
);
create index resource_booking_owner_idx on resource_booking (owner_id);
create index resource_booking_clinic_idx on resource_booking using gist (clinic_id, period);
