-- A held slot is with one of the same clinic's practitioners.
alter table slot_hold
    add constraint slot_hold_practitioner_fk foreign key (practitioner_id, clinic_id)
        references practitioner (id, clinic_id);
