-- Closures and extra hours belong to a clinic with a schedule.
alter table schedule_exception
    add constraint schedule_exception_settings_fk foreign key (clinic_id) references schedule_settings (clinic_id);
