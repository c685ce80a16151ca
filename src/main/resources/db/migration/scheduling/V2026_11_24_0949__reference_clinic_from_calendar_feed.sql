-- Calendar feeds are of a clinic the directory lists.
alter table calendar_feed
    add constraint calendar_feed_clinic_fk foreign key (clinic_id) references clinic (id);
