package org.ketapath.treatment.domain;

/** The drug given. */
public enum Drug {
    KETAMINE,
    ESKETAMINE
}
