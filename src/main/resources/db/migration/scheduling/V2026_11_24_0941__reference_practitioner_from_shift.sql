-- A shift is worked by one of the same clinic's practitioners (the directory's practitioner, unique on id and clinic).
alter table practitioner_shift
    add constraint practitioner_shift_practitioner_fk foreign key (practitioner_id, clinic_id)
        references practitioner (id, clinic_id);
