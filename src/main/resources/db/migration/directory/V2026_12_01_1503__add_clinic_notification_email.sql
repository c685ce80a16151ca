-- The address a clinic's booking notices go to (bookings, moves and cancellations; never health details).
-- Empty for clinics that have not given one: no notice is e-mailed then.
alter table clinic add column notification_email text
    check (notification_email ~ '^[^@[:space:]]+@[^@[:space:]]+$' and length(notification_email) <= 320);
