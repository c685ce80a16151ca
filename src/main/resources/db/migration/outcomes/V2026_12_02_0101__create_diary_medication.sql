-- Acute medicines taken on a diary day, as typed, with the class the server read them as.
create table diary_medication (
    patient_id        uuid         not null,
    entry_date        date         not null,
    position          smallint     not null check (position between 0 and 19),
    name              varchar(200) not null check (length(btrim(name)) >= 1),
    doses             smallint     not null check (doses between 1 and 50),
    medication_class  varchar(24)  not null
                      check (medication_class in ('TRIPTAN', 'GEPANT', 'DITAN', 'ERGOT', 'OPIOID', 'NSAID',
                                                  'SIMPLE_ANALGESIC', 'COMBINATION_ANALGESIC', 'OTHER')),
    primary key (patient_id, entry_date, position),
    foreign key (patient_id, entry_date) references diary_entry (patient_id, entry_date) on delete cascade
);
