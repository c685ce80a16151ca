-- Completed appointments (from scheduling's AppointmentCompleted event): each allows one review.
CREATE TABLE review_eligibility (
    appointment_id uuid PRIMARY KEY,
    clinic_id      uuid        NOT NULL REFERENCES clinic (id) ON DELETE CASCADE,
    patient_id     uuid        NOT NULL,
    completed_at   timestamptz NOT NULL,
    UNIQUE (appointment_id, clinic_id, patient_id)
);
