-- A clinician at a clinic, identified by NPI (10 digits; the Luhn check is done by the Npi value type).
CREATE TABLE practitioner (
    id            uuid PRIMARY KEY,
    clinic_id     uuid NOT NULL REFERENCES clinic (id) ON DELETE CASCADE,
    given_name    text NOT NULL CHECK (length(given_name) BETWEEN 1 AND 100),
    family_name   text NOT NULL CHECK (length(family_name) BETWEEN 1 AND 100),
    credentials   text NOT NULL DEFAULT '' CHECK (length(credentials) <= 100),
    npi           char(10) NOT NULL CHECK (npi ~ '^[0-9]{10}$'),
    taxonomy_code text CHECK (taxonomy_code ~ '^[0-9A-Z]{9}X$'),
    UNIQUE (clinic_id, npi),
    UNIQUE (id, clinic_id)
);
CREATE INDEX practitioner_npi_idx ON practitioner (npi);
