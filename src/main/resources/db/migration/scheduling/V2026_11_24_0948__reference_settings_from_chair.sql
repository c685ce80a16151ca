-- Chairs belong to a clinic with a schedule.
alter table chair
    add constraint chair_settings_fk foreign key (clinic_id) references schedule_settings (clinic_id);
