-- Patients share with clinics the directory lists (the key announced in 0606, now that both modules are merged).
alter table consent
    add constraint consent_clinic_fk foreign key (clinic_id) references clinic (id);
