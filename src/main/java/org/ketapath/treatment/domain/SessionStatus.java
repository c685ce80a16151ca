package org.ketapath.treatment.domain;

/** A session record is open until signed; signed is final (changes are amendments). */
public enum SessionStatus {
    OPEN,
    SIGNED;

    public boolean canBecome(SessionStatus next) {
        return this == OPEN && next == SIGNED;
    }
}
