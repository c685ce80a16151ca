-- A clinic's choice to publish its platform-computed outcomes on its provider profile. Opting out keeps the row
-- with the day it stopped, so the profile can say so.
create table outcomes_publication (
    clinic_id     uuid        primary key references clinic (id),
    published     boolean     not null,
    since         timestamptz not null,
    stopped_at    timestamptz,
    changed_by    uuid        not null,
    check (not published or stopped_at is null)
);
