-- The reminder job looks for settings whose reminder is due.
create index diary_settings_reminder_idx on diary_settings (next_reminder_at) where next_reminder_at is not null;
