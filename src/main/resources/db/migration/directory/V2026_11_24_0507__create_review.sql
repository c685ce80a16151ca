-- A patient's review of a clinic: only for a completed appointment there, at most one per appointment.
CREATE TABLE review (
    id              uuid PRIMARY KEY,
    clinic_id       uuid        NOT NULL,
    appointment_id  uuid        NOT NULL UNIQUE,
    patient_id      uuid        NOT NULL,
    rating          smallint    NOT NULL CHECK (rating BETWEEN 1 AND 5),
    text            text        NOT NULL CHECK (length(text) <= 4000),
    status          text        NOT NULL DEFAULT 'PUBLISHED' CHECK (status IN ('PUBLISHED', 'HIDDEN')),
    created_at      timestamptz NOT NULL DEFAULT now(),
    reply_text      text        CHECK (length(reply_text) <= 4000),
    replied_at      timestamptz,
    moderated_by    text,
    moderated_at    timestamptz,
    moderation_note text        CHECK (length(moderation_note) <= 2000),
    FOREIGN KEY (appointment_id, clinic_id, patient_id)
        REFERENCES review_eligibility (appointment_id, clinic_id, patient_id)
);
CREATE INDEX review_clinic_idx ON review (clinic_id, created_at DESC);
