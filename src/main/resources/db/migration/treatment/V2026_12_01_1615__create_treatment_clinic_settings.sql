-- A clinic's own vitals interval and thresholds (absent: the module's defaults).
create table treatment_clinic_settings (
    clinic_id               uuid     primary key references clinic (id),
    vitals_interval_minutes smallint not null check (vitals_interval_minutes between 1 and 120),
    systolic_high           smallint not null check (systolic_high between 100 and 300),
    diastolic_high          smallint not null check (diastolic_high between 60 and 200),
    heart_rate_high         smallint not null check (heart_rate_high between 60 and 300),
    spo2_low                smallint not null check (spo2_low between 70 and 100),
    respiratory_rate_low    smallint not null check (respiratory_rate_low between 0 and 30),
    respiratory_rate_high   smallint not null check (respiratory_rate_high between 10 and 80)
);
