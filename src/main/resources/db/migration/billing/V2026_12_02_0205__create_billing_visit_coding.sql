-- The clinician's coding of a visit: the E/M level they chose, extra diagnoses (validated against the bundled
-- ICD-10-CM list by the application) and the place of service of a telehealth visit.
create table billing_visit_coding (
    appointment_id   uuid        primary key references appointment (id),
    clinic_id        uuid        not null references clinic (id),
    em_code          char(5)     check (em_code in ('99202', '99203', '99204', '99205', '99211', '99212', '99213',
                                                    '99214', '99215')),
    diagnoses        varchar(8)[] not null default '{}' check (cardinality(diagnoses) <= 4),
    place_of_service char(2)     check (place_of_service in ('02', '10', '11')),
    chosen_by        uuid        not null,
    chosen_at        timestamptz not null
);
create index billing_visit_coding_clinic_idx on billing_visit_coding (clinic_id);
