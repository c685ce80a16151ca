-- Side effects and adverse events.
create table session_event (
    id                 uuid         primary key,
    session_id         uuid         not null references treatment_session (id),
    clinic_id          uuid         not null references clinic (id),
    kind               varchar(24)  not null
                       check (kind in ('AMNESIA', 'DELIRIUM', 'HALLUCINATIONS', 'AGITATION', 'DROWSINESS', 'NAUSEA',
                                       'SLURRED_SPEECH', 'VOMITING', 'NYSTAGMUS', 'BLURRED_VISION', 'DIZZINESS',
                                       'HYPERTENSION', 'RESPIRATORY_DEPRESSION', 'OTHER')),
    severity           varchar(8)   not null check (severity in ('MILD', 'MODERATE', 'SEVERE')),
    description        varchar(4000),
    rescue_medication  varchar(500),
    at                 timestamptz  not null,
    recorded_by        uuid         not null,
    check (kind <> 'OTHER' or description is not null)
);
