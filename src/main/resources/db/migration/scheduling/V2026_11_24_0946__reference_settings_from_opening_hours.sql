-- Opening hours belong to a clinic with a schedule.
alter table opening_hours
    add constraint opening_hours_settings_fk foreign key (clinic_id) references schedule_settings (clinic_id);
