package org.ketapath.treatment.domain;

/** The conditions a course treats (the platform's conditions), and which of them are psychiatric or painful. */
public enum Condition {
    MIGRAINE,
    DEPRESSION,
    ANXIETY,
    OCD,
    BIPOLAR_DEPRESSION,
    CHRONIC_PAIN,
    PTSD;

    /** Psychiatric indications ask PHQ-9 item 9 at every pre-check. */
    public boolean psychiatric() {
        return this != MIGRAINE && this != CHRONIC_PAIN;
    }

    /** Pain and migraine indications score pain before and after. */
    public boolean painful() {
        return this == MIGRAINE || this == CHRONIC_PAIN;
    }
}
