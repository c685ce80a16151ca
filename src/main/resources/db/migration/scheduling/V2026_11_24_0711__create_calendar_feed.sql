-- Private iCalendar feeds of clinicians: the token is in the URL, only its SHA-256 is stored; revocable.
create table calendar_feed (
    token_hash       varchar(64) primary key,
    clinic_id        uuid        not null,
    practitioner_id  uuid        not null,
    created_at       timestamptz not null,
    revoked_at       timestamptz
);
create index calendar_feed_practitioner_idx on calendar_feed (clinic_id, practitioner_id);
