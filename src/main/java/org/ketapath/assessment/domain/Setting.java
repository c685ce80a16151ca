package org.ketapath.assessment.domain;

/** Where a person would like to be treated. */
public enum Setting {
    IN_CLINIC,
    AT_HOME,
    EITHER
}
