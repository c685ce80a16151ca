-- A practitioner's state licence and its verification.
CREATE TABLE licence (
    id              uuid PRIMARY KEY,
    clinic_id       uuid    NOT NULL,
    practitioner_id uuid    NOT NULL,
    state           char(2) NOT NULL CHECK (state IN ('AL','AK','AZ','AR','CA','CO','CT','DE','DC','FL','GA','HI',
        'ID','IL','IN','IA','KS','KY','LA','ME','MD','MA','MI','MN','MS','MO','MT','NE','NV','NH','NJ','NM','NY','NC',
        'ND','OH','OK','OR','PA','RI','SC','SD','TN','TX','UT','VT','VA','WA','WV','WI','WY','AS','GU','MP','PR','VI')),
    number          text    NOT NULL CHECK (length(number) BETWEEN 1 AND 50),
    type            text    NOT NULL CHECK (length(type) BETWEEN 1 AND 50),
    expires_on      date,
    status          text    NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'VERIFIED', 'REJECTED', 'EXPIRED')),
    source          text    NOT NULL DEFAULT 'CLINIC' CHECK (source IN ('CLINIC', 'NPPES')),
    verified_by     uuid,
    verified_at     timestamptz,
    evidence_note   text CHECK (length(evidence_note) <= 2000),
    FOREIGN KEY (practitioner_id, clinic_id) REFERENCES practitioner (id, clinic_id) ON DELETE CASCADE,
    UNIQUE (practitioner_id, state, number),
    CHECK (status <> 'VERIFIED' OR (verified_by IS NOT NULL AND verified_at IS NOT NULL AND expires_on IS NOT NULL))
);
CREATE INDEX licence_clinic_idx ON licence (clinic_id, state);
CREATE INDEX licence_pending_idx ON licence (clinic_id) WHERE status = 'PENDING';
CREATE INDEX licence_verified_expiry_idx ON licence (expires_on) WHERE status = 'VERIFIED';
