-- Whether patients may book this clinic online. A clinic without a schedule takes no online bookings either;
-- one that has a schedule but books by phone keeps its hours for its staff calendar.
alter table schedule_settings add column online_booking boolean not null default true;
