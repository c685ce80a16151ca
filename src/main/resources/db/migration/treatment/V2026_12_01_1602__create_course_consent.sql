-- A patient's acceptance of the clinic's consent text for a course: typed full name, time, text version.
create table course_consent (
    course_id        uuid         primary key references treatment_course (id),
    clinic_id        uuid         not null references clinic (id),
    patient_id       uuid         not null,
    consent_text_id  uuid         not null references consent_text (id),
    full_name        varchar(200) not null check (length(btrim(full_name)) >= 2),
    accepted_at      timestamptz  not null
);
