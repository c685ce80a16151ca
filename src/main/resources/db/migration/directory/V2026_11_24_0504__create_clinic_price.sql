-- What a clinic charges: per infusion, per consultation (0 = free) and packages of sessions.
CREATE TABLE clinic_price (
    id         uuid PRIMARY KEY,
    clinic_id  uuid          NOT NULL REFERENCES clinic (id) ON DELETE CASCADE,
    kind       text          NOT NULL CHECK (kind IN ('INFUSION', 'CONSULTATION', 'PACKAGE')),
    label      text          NOT NULL CHECK (length(label) BETWEEN 1 AND 100),
    amount_usd numeric(8, 2) NOT NULL CHECK (amount_usd >= 0),
    sessions   integer       NOT NULL DEFAULT 1 CHECK (sessions BETWEEN 1 AND 50),
    CHECK (kind = 'PACKAGE' OR sessions = 1)
);
CREATE INDEX clinic_price_clinic_idx ON clinic_price (clinic_id);
