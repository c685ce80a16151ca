package org.ketapath.treatment.domain;

/** A vital sign beyond the clinic's threshold. */
public enum FlagKind {
    SYSTOLIC_HIGH,
    DIASTOLIC_HIGH,
    HEART_RATE_HIGH,
    SPO2_LOW,
    RESPIRATORY_RATE_LOW,
    RESPIRATORY_RATE_HIGH
}
