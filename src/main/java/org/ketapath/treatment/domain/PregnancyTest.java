package org.ketapath.treatment.domain;

/** Result of the pregnancy test at pre-check. */
public enum PregnancyTest {
    NEGATIVE,
    POSITIVE,
    NOT_APPLICABLE
}
