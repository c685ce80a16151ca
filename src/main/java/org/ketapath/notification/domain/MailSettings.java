package org.ketapath.notification.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outgoing mail. The SMTP server itself is Spring Boot's {@code spring.mail.host}, {@code port},
 * {@code username}, {@code password} and {@code properties.*}; without a host, mail goes to the development
 * mailbox (embedded default) or stays queued.
 *
 * @param from the sender address
 * @param sender whether this node runs the scheduled sender
 * @param maxAttempts attempts before a message is marked FAILED
 * @param batchSize messages delivered per run
 */
@ConfigurationProperties("ketapath.mail")
record MailSettings(
        @DefaultValue("KetaPath <no-reply@ketapath.localhost>")
        String from,

        @DefaultValue Sender sender,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("50") int batchSize) {

    /**
     * @param enabled run the scheduled sender on this node
     * @param interval pause between runs
     */
    record Sender(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("2s") Duration interval) {}
}
