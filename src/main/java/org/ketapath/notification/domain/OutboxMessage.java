package org.ketapath.notification.domain;

import java.util.UUID;

/** A message claimed from the outbox for one delivery attempt. */
record OutboxMessage(UUID id, String recipient, String subject, String body, int attempts) {}
