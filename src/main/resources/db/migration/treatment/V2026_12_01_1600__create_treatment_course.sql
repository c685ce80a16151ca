-- A treatment course: one patient at one clinic, its condition (ICD-10-CM), route and planned protocol.
create table treatment_course (
    id                      uuid         primary key,
    clinic_id               uuid         not null references clinic (id),
    patient_id              uuid         not null,
    condition               varchar(24)  not null
                            check (condition in ('MIGRAINE', 'DEPRESSION', 'ANXIETY', 'OCD', 'BIPOLAR_DEPRESSION',
                                                 'CHRONIC_PAIN', 'PTSD')),
    icd10                   varchar(8)   not null check (icd10 ~ '^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$'),
    route                   varchar(32)  not null
                            check (route in ('IV', 'IM', 'INTRANASAL_ESKETAMINE', 'ORAL_OR_SUBLINGUAL_AT_HOME')),
    dose_mg_per_kg          numeric(6, 3) check (dose_mg_per_kg > 0 and dose_mg_per_kg <= 10),
    fixed_dose_mg           numeric(7, 2) check (fixed_dose_mg > 0 and fixed_dose_mg <= 1000),
    rate_mg_per_kg_per_hour numeric(6, 3) check (rate_mg_per_kg_per_hour > 0 and rate_mg_per_kg_per_hour <= 10),
    planned_sessions        integer      not null check (planned_sessions between 1 and 100),
    created_by              uuid         not null,
    created_at              timestamptz  not null,
    check (dose_mg_per_kg is not null or fixed_dose_mg is not null),
    check ((route = 'INTRANASAL_ESKETAMINE') = (fixed_dose_mg is not null and dose_mg_per_kg is null)),
    check (route <> 'IV' or rate_mg_per_kg_per_hour is not null)
);
create index treatment_course_patient_idx on treatment_course (patient_id, clinic_id, created_at);
