package org.ketapath.notification.domain;

/** Hands one message to its destination; throws when it could not. */
interface MailTransport {

    void deliver(OutboxMessage message, String from) throws Exception;
}
