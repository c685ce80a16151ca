package org.ketapath.treatment.domain;

/** Discharge scoring: modified Aldrete or PADSS, both 0-10 with 9 or more to leave. */
public enum DischargeTool {
    ALDRETE,
    PADSS;

    public static final int READY_SCORE = 9;
}
