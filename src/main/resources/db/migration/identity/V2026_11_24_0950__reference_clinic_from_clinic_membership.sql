-- Staff work for clinics the directory lists (the key announced in 0602, now that both modules are merged).
alter table clinic_membership
    add constraint clinic_membership_clinic_fk foreign key (clinic_id) references clinic (id);
