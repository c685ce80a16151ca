-- The cleanup of expired anonymous results finds them by expiry.
create index assessment_result_expires_at on assessment_result (expires_at) where expires_at is not null;
