package org.ketapath.treatment.domain;

/** Whether a score was taken before or after the dose. */
public enum Phase {
    BEFORE,
    AFTER
}
