package org.ketapath.treatment.domain;

/** The parts of a session record an amendment may concern. */
public enum Part {
    PRE_CHECK,
    DOSES,
    VITALS,
    SCORES,
    EVENTS,
    DISCHARGE,
    FLAGS
}
