-- Accounts of patients, clinic staff and platform administrators. The e-mail is kept as typed and, for
-- look-ups and uniqueness, lower-cased. A closed account keeps its id (the audit trail refers to it) but
-- loses its e-mail, password and profile.
create table account (
    id                uuid primary key,
    email             text        not null,
    email_normalized  text        not null,
    password_hash     text,
    role              text        not null check (role in ('PATIENT', 'CLINICIAN', 'CLINIC_ADMIN', 'PLATFORM_ADMIN')),
    email_verified_at timestamptz,
    totp_secret       text,
    mfa_enrolled_at   timestamptz,
    created_at        timestamptz not null default now(),
    closed_at         timestamptz,
    constraint account_email_normalized_unique unique (email_normalized),
    constraint account_email_length check (length(email) <= 320)
);
