-- A clinic's schedule belongs to a clinic the directory lists; the directory's clinic is never deleted under it.
alter table schedule_settings
    add constraint schedule_settings_clinic_fk foreign key (clinic_id) references clinic (id);
