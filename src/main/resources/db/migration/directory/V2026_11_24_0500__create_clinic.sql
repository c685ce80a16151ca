-- A clinic (tenant) with its public profile, payment options and session facts.
CREATE TABLE clinic (
    id                     uuid PRIMARY KEY,
    name                   text        NOT NULL CHECK (length(name) BETWEEN 2 AND 200),
    description            text        NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
    phone                  text        NOT NULL CHECK (phone ~ '^[0-9+() .-]{7,25}$'),
    website                text        CHECK (website ~ '^https?://[^[:space:]]+$' AND length(website) <= 300),
    timezone               text        NOT NULL CHECK (timezone ~ '^[A-Za-z]+(/[A-Za-z0-9_+-]+)+$'),
    accepting_new_patients boolean     NOT NULL DEFAULT true,
    verification_status    text        NOT NULL DEFAULT 'PENDING'
                                       CHECK (verification_status IN ('PENDING', 'VERIFIED', 'REJECTED')),
    verified_by            uuid,
    verified_at            timestamptz,
    evidence_note          text        CHECK (length(evidence_note) <= 2000),
    modalities             text[]      NOT NULL DEFAULT '{}'
                                       CHECK (modalities <@ ARRAY['IV_INFUSION', 'IM_INJECTION', 'AT_HOME',
                                                                  'ESKETAMINE_NASAL', 'KAP']::text[]),
    conditions             text[]      NOT NULL DEFAULT '{}'
                                       CHECK (conditions <@ ARRAY['MIGRAINE', 'DEPRESSION', 'ANXIETY', 'OCD',
                                                                  'BIPOLAR_DEPRESSION', 'CHRONIC_PAIN', 'PTSD']::text[]),
    pays_self_pay          boolean     NOT NULL DEFAULT true,
    pays_hsa_fsa           boolean     NOT NULL DEFAULT false,
    provides_superbill     boolean     NOT NULL DEFAULT false,
    infusion_minutes       integer     CHECK (infusion_minutes BETWEEN 10 AND 240),
    monitoring_minutes     integer     CHECK (monitoring_minutes BETWEEN 0 AND 240),
    created_at             timestamptz NOT NULL DEFAULT now(),
    updated_at             timestamptz NOT NULL DEFAULT now(),
    CHECK (verification_status <> 'VERIFIED' OR (verified_by IS NOT NULL AND verified_at IS NOT NULL))
);
CREATE INDEX clinic_pending_idx ON clinic (created_at) WHERE verification_status = 'PENDING';
