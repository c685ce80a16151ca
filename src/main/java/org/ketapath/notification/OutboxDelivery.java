package org.ketapath.notification;

/**
 * Delivers what is due in the outbox now. The scheduled sender calls it every few seconds on every node;
 * calling it directly (the development mailbox page does) is safe at any time, also concurrently.
 */
public interface OutboxDelivery {

    /** Delivers due messages, up to a batch; returns how many were sent. */
    int deliverDue();
}
