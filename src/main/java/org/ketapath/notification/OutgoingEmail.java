package org.ketapath.notification;

import org.jspecify.annotations.Nullable;

/**
 * A plain-text e-mail to one recipient.
 *
 * @param to the recipient's address
 * @param subject the subject line
 * @param text the plain-text body
 * @param deduplicationKey a key that makes the message unique (e.g. "reminder-24h:{appointmentId}"), or null
 */
public record OutgoingEmail(
        String to, String subject, String text, @Nullable String deduplicationKey) {

    public OutgoingEmail {
        if (to.isBlank() || !to.contains("@") || to.length() > 320) {
            throw new IllegalArgumentException("not an e-mail address");
        }
        if (subject.isBlank() || subject.length() > 200 || subject.contains("\n") || subject.contains("\r")) {
            throw new IllegalArgumentException("a subject is one line of at most 200 characters");
        }
    }
}
