package org.ketapath.assessment.domain;

/** The assessment's verdict, from most to least favourable. */
public enum Outcome {
    LIKELY_CANDIDATE,
    CLINICIAN_REVIEW,
    NOT_SUITABLE_NOW
}
