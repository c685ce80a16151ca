package org.ketapath.treatment.domain;

/** Side effects and adverse events (the source article's list, Schwenk 2018's additions, and REMS' own). */
public enum EventKind {
    AMNESIA,
    DELIRIUM,
    HALLUCINATIONS,
    AGITATION,
    DROWSINESS,
    NAUSEA,
    SLURRED_SPEECH,
    VOMITING,
    NYSTAGMUS,
    BLURRED_VISION,
    DIZZINESS,
    HYPERTENSION,
    RESPIRATORY_DEPRESSION,
    OTHER
}
