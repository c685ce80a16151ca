-- A chair stands at one of the directory's clinic locations.
alter table chair
    add constraint chair_location_fk foreign key (location_id) references clinic_location (id);
