package org.ketapath.treatment.domain;

/** How severe a side effect was. */
public enum Severity {
    MILD,
    MODERATE,
    SEVERE
}
