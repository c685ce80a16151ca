-- A clinician's decision on an intake (the assessment result a patient shared with the clinic when booking),
-- kept as history: the newest row per clinic and assessment is the decision in force. The note stays with the
-- clinic unless the clinician marks it for the patient. assessment_id is the appointment's reference to the
-- shared result, never the result's own id. seq orders decisions made within the same instant.
create table intake_review (
    id               uuid        primary key,
    seq              bigint      generated always as identity unique,
    clinic_id        uuid        not null references clinic (id) on delete cascade,
    assessment_id    uuid        not null,
    patient_id       uuid        not null references account (id),
    decision         text        not null check (decision in ('PROCEED', 'NEEDS_INFORMATION', 'NOT_SUITABLE')),
    note             text        not null default '' check (length(note) <= 2000),
    note_for_patient boolean     not null default false,
    reviewed_by      uuid        not null references account (id),
    reviewed_at      timestamptz not null,
    check (not note_for_patient or length(note) > 0)
);
create index intake_review_clinic_assessment on intake_review (clinic_id, assessment_id, seq desc);
create index intake_review_patient on intake_review (patient_id);
