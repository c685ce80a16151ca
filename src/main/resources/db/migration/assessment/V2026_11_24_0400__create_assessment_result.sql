-- One assessment result. Anonymous results (no owner yet) expire 24 h after creation; a result attached to
-- an account at sign-up has no expiry. The token that retrieves a result is never stored, only its SHA-256.
create table assessment_result (
    id               bigint generated always as identity primary key,
    token_hash       bytea       not null unique check (octet_length(token_hash) = 32),
    owner_account_id uuid,
    condition        text        not null check (condition in
                         ('MIGRAINE', 'DEPRESSION', 'ANXIETY', 'OCD', 'BIPOLAR_DEPRESSION', 'CHRONIC_PAIN', 'PTSD')),
    outcome          text        not null check (outcome in ('LIKELY_CANDIDATE', 'CLINICIAN_REVIEW', 'NOT_SUITABLE_NOW')),
    crisis_support   boolean     not null,
    intake           jsonb       not null check (jsonb_typeof(intake) = 'object'),
    result           jsonb       not null check (jsonb_typeof(result) = 'object'),
    created_at       timestamptz not null,
    expires_at       timestamptz,
    constraint assessment_result_anonymous_results_expire check ((owner_account_id is null) = (expires_at is not null)),
    constraint assessment_result_expiry_after_creation check (expires_at is null or expires_at > created_at)
);
