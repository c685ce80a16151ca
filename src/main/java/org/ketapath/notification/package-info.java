/**
 * Notification: outgoing e-mail through a transactional outbox in PostgreSQL. Callers enqueue within their own
 * transaction; a sender safe to run on several nodes ({@code FOR UPDATE SKIP LOCKED}) delivers over SMTP with
 * retries and back-off. Without an SMTP server configured (the embedded default) mail is delivered to a local
 * development mailbox page instead.
 */
@ApplicationModule(displayName = "Notification")
@NullMarked
package org.ketapath.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
