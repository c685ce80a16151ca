package org.ketapath.notification.domain;

import java.time.Duration;
import java.util.Optional;
import org.ketapath.notification.OutboxDelivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox. Each message is claimed in a short transaction of its own ({@code FOR UPDATE SKIP
 * LOCKED}, so nodes never take the same message), sent, and marked sent in another; a node that dies between
 * claim and mark leaves a lease that expires, and another attempt follows. Failures are retried with
 * exponential back-off, then marked FAILED. Errors are logged by type only: messages may hold personal data.
 */
@Service
class OutboxSender implements OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final MailSettings settings;
    private final ObjectProvider<MailTransport> transport;
    private volatile boolean warnedNoTransport;

    OutboxSender(
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            MailSettings settings,
            ObjectProvider<MailTransport> transport) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.settings = settings;
        this.transport = transport;
    }

    @Scheduled(fixedDelayString = "${ketapath.mail.sender.interval:2s}", initialDelayString = "5s")
    void scheduled() {
        if (settings.sender().enabled()) {
            deliverDue();
        }
    }

    @Override
    public int deliverDue() {
        MailTransport target = transport.getIfAvailable();
        if (target == null) {
            if (!warnedNoTransport) {
                warnedNoTransport = true;
                log.warn("No SMTP server configured (spring.mail.host): e-mail stays queued in the outbox");
            }
            return 0;
        }
        int sent = 0;
        for (int i = 0; i < settings.batchSize(); i++) {
            Optional<OutboxMessage> claimed = claim();
            if (claimed.isEmpty()) {
                break;
            }
            if (attempt(target, claimed.get())) {
                sent++;
            }
        }
        return sent;
    }

    private boolean attempt(MailTransport target, OutboxMessage message) {
        try {
            target.deliver(message, settings.from());
        } catch (Exception e) {
            failed(message, e);
            return false;
        }
        tx.executeWithoutResult(
                s -> jdbc.sql("update outbox_email set status = 'SENT', sent_at = now(), locked_until = null,"
                                + " last_error = null where id = :id")
                        .param("id", message.id())
                        .update());
        return true;
    }

    Optional<OutboxMessage> claim() {
        return tx.execute(s -> jdbc.sql("""
                        update outbox_email set status = 'SENDING', attempts = attempts + 1,
                               locked_until = now() + make_interval(secs => :lease)
                        where id = (select id from outbox_email
                                    where (status = 'PENDING' and next_attempt_at <= now())
                                       or (status = 'SENDING' and locked_until < now())
                                    order by next_attempt_at, created_at
                                    limit 1 for update skip locked)
                        returning id, recipient, subject, body, attempts
                        """)
                .param("lease", LEASE.toSeconds())
                .query((rs, n) -> new OutboxMessage(
                        rs.getObject("id", java.util.UUID.class),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getInt("attempts")))
                .optional());
    }

    private void failed(OutboxMessage message, Exception e) {
        boolean giveUp = message.attempts() >= settings.maxAttempts();
        long backoffSeconds = Math.min(
                30L << Math.min(message.attempts() - 1, 10), Duration.ofHours(6).toSeconds());
        log.warn(
                "E-mail {} not delivered (attempt {}): {}{}",
                message.id(),
                message.attempts(),
                e.getClass().getSimpleName(),
                giveUp ? "; giving up" : "; retrying in " + backoffSeconds + " s");
        tx.executeWithoutResult(s -> jdbc.sql("""
                        update outbox_email set status = :status, locked_until = null, last_error = :error,
                               next_attempt_at = now() + make_interval(secs => :backoff)
                        where id = :id
                        """)
                .param("status", giveUp ? "FAILED" : "PENDING")
                .param("error", e.getClass().getName())
                .param("backoff", backoffSeconds)
                .param("id", message.id())
                .update());
    }
}
