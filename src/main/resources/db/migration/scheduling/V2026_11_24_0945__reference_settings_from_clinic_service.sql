-- A clinic's services belong to a clinic with a schedule.
alter table clinic_service
    add constraint clinic_service_settings_fk foreign key (clinic_id) references schedule_settings (clinic_id);
