-- A chair stands at a location of its own clinic (infusion slots and bookings are per location).
alter table chair
    add constraint chair_location_fk_same_clinic foreign key (location_id, clinic_id)
        references clinic_location (id, clinic_id);
