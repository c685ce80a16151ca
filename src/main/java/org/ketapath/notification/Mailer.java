package org.ketapath.notification;

import java.util.UUID;

/** Queues e-mail for delivery. Messages carry the minimum necessary: never a diagnosis or assessment detail. */
public interface Mailer {

    /**
     * Adds the message to the outbox in the caller's transaction: it is sent only if that transaction commits,
     * and a message with the same deduplication key is queued only once.
     *
     * @return the outbox id of the message (the existing one when the key was already queued)
     */
    UUID enqueue(OutgoingEmail email);
}
