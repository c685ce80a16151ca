package org.ketapath.audit;

/**
 * Records accesses to protected health information. Who (account id, role) and from where (IP address, user
 * agent) are taken from the current security context and request; the caller says what happened.
 *
 * <p>Each record is written in a transaction of its own, so it stays even when the caller's work rolls back
 * (a denied or failed access is recorded too).
 */
public interface AuditTrail {

    /** Appends one event to the trail. */
    void record(AuditEvent event);
}
