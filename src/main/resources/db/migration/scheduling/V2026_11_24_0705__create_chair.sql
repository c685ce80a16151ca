-- Infusion chairs, per location of a clinic (location_id refers to the directory's location at merge).
create table chair (
    id           uuid        primary key,
    clinic_id    uuid        not null,
    location_id  uuid        not null,
    label        varchar(40) not null,
    unique (clinic_id, label)
);
