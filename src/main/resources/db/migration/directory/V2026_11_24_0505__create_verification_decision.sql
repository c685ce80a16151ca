-- Every verification decision on a clinic or a licence: who (account id), when, what and why.
-- Kept until the audit module arrives; VerificationService.audit(...) is where the audit call goes.
CREATE TABLE verification_decision (
    id            uuid PRIMARY KEY,
    clinic_id     uuid        NOT NULL REFERENCES clinic (id) ON DELETE CASCADE,
    subject_type  text        NOT NULL CHECK (subject_type IN ('CLINIC', 'LICENCE')),
    subject_id    uuid        NOT NULL,
    decision      text        NOT NULL CHECK (decision IN ('VERIFIED', 'REJECTED', 'EXPIRED', 'PENDING')),
    decided_by    text        NOT NULL CHECK (length(decided_by) BETWEEN 1 AND 100),
    decided_at    timestamptz NOT NULL DEFAULT now(),
    evidence_note text        CHECK (length(evidence_note) <= 2000)
);
CREATE INDEX verification_decision_clinic_idx ON verification_decision (clinic_id, decided_at);
