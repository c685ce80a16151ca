-- An appointment is with one of the same clinic's practitioners.
alter table appointment
    add constraint appointment_practitioner_fk foreign key (practitioner_id, clinic_id)
        references practitioner (id, clinic_id);
