-- A repeated questionnaire (PHQ-9, GAD-7, MIDAS) answered by a patient during or after a course at a clinic:
-- one per patient, instrument and day (a second the same day replaces the first).
create table questionnaire_response (
    id           uuid         primary key,
    patient_id   uuid         not null references account (id),
    clinic_id    uuid         not null references clinic (id),
    course_id    uuid         not null references treatment_course (id),
    instrument   varchar(8)   not null check (instrument in ('phq-9', 'gad-7', 'midas')),
    answered_on  date         not null,
    answers      jsonb        not null check (jsonb_typeof(answers) = 'object'),
    total        smallint     not null check (total >= 0 and total <= case instrument when 'phq-9' then 27
                                                                                     when 'gad-7' then 21 else 450 end),
    band         varchar(80)  not null,
    self_harm    boolean      not null,
    created_at   timestamptz  not null,
    unique (patient_id, instrument, answered_on),
    check (instrument = 'phq-9' or not self_harm)
);
