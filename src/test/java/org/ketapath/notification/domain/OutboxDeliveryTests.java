package org.ketapath.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ketapath.notification.Mailer;
import org.ketapath.notification.OutboxDelivery;
import org.ketapath.notification.OutgoingEmail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox delivered to a real SMTP server (GreenMail): once each, retried, safe with several senders. */
@SpringBootTest(properties = "ketapath.mail.sender.enabled=false")
class OutboxDeliveryTests {

    static final int SMTP_PORT = freePort();

    @RegisterExtension
    static GreenMailExtension smtp =
            new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Autowired
    Mailer mailer;

    @Autowired
    OutboxDelivery delivery;

    @Autowired
    OutboxSender sender;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void emptyOutbox() {
        delivery.deliverDue();
        smtp.reset();
    }

    @Test
    void queued_mail_is_delivered_once_over_smtp() throws Exception {
        UUID id = mailer.enqueue(new OutgoingEmail("pat@example.test", "Your booking", "See you soon.", null));

        assertThat(delivery.deliverDue()).isEqualTo(1);
        assertThat(delivery.deliverDue()).isZero();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Your booking");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("pat@example.test");
        assertThat(received[0].getMessageID()).isEqualTo("<" + id + "@outbox.ketapath>");
        assertThat(status(id)).isEqualTo("SENT");
    }

    @Test
    void a_deduplication_key_queues_a_message_only_once() {
        String key = "reminder-24h:" + UUID.randomUUID();
        UUID first = mailer.enqueue(new OutgoingEmail("pat@example.test", "Reminder", "Tomorrow.", key));
        UUID second = mailer.enqueue(new OutgoingEmail("pat@example.test", "Reminder", "Tomorrow.", key));

        assertThat(second).isEqualTo(first);
        delivery.deliverDue();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void mail_from_a_rolled_back_transaction_is_never_sent() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
                    mailer.enqueue(new OutgoingEmail("pat@example.test", "Booked", "Booked.", null));
                    throw new IllegalStateException("booking failed");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(delivery.deliverDue()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void a_sender_that_died_after_claiming_is_taken_over_when_its_lease_expires() {
        UUID id = mailer.enqueue(new OutgoingEmail("pat@example.test", "Claimed", "Body.", null));
        OutboxMessage claimed = sender.claim().orElseThrow();
        assertThat(claimed.id()).isEqualTo(id);
        // The claiming node dies here. While its lease runs, nobody else sends the message.
        assertThat(delivery.deliverDue()).isZero();

        jdbc.sql("update outbox_email set locked_until = now() - interval '1 second' where id = :id")
                .param("id", id)
                .update();

        assertThat(delivery.deliverDue()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(delivery.deliverDue()).isZero();
    }

    @Test
    void a_crash_mid_batch_sends_each_message_exactly_once_after_restart() {
        for (int i = 0; i < 6; i++) {
            mailer.enqueue(new OutgoingEmail(
                    "p" + i + "@example.test", "Message " + i, "Body.", "batch:" + i + ":" + UUID.randomUUID()));
        }
        // The first sender delivers three messages, then its process dies before it can claim more.
        for (int i = 0; i < 3; i++) {
            OutboxMessage message = sender.claim().orElseThrow();
            deliverAndMark(message);
        }

        assertThat(delivery.deliverDue()).isEqualTo(3);
        assertThat(smtp.getReceivedMessages()).hasSize(6);
        assertThat(subjects()).doesNotHaveDuplicates();
    }

    @Test
    void concurrent_senders_never_send_the_same_message_twice() throws Exception {
        for (int i = 0; i < 30; i++) {
            mailer.enqueue(new OutgoingEmail("c" + i + "@example.test", "Concurrent " + i, "Body.", null));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> senders = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                senders.add(delivery::deliverDue);
            }
            int total = 0;
            for (Future<Integer> f : pool.invokeAll(senders)) {
                total += f.get();
            }
            assertThat(total).isEqualTo(30);
        } finally {
            pool.shutdown();
        }
        assertThat(smtp.getReceivedMessages()).hasSize(30);
        assertThat(subjects()).doesNotHaveDuplicates();
    }

    @Test
    void an_unreachable_server_means_a_retry_later_then_failed() {
        UUID id = mailer.enqueue(new OutgoingEmail("pat@example.test", "Retry", "Body.", null));
        smtp.stop();
        try {
            assertThat(delivery.deliverDue()).isZero();
            assertThat(status(id)).isEqualTo("PENDING");
            assertThat(jdbc.sql(
                                    "select next_attempt_at > now() + interval '20 seconds' from outbox_email where id = :id")
                            .param("id", id)
                            .query(Boolean.class)
                            .single())
                    .as("backed off")
                    .isTrue();

            jdbc.sql("update outbox_email set next_attempt_at = now(), attempts = 7 where id = :id")
                    .param("id", id)
                    .update();
            assertThat(delivery.deliverDue()).isZero();
            assertThat(status(id)).isEqualTo("FAILED");
        } finally {
            smtp.start();
        }
    }

    private void deliverAndMark(OutboxMessage message) {
        try {
            new SmtpTransport(new org.springframework.mail.javamail.JavaMailSenderImpl() {
                        {
                            setHost("127.0.0.1");
                            setPort(SMTP_PORT);
                        }
                    })
                    .deliver(message, "KetaPath <no-reply@ketapath.localhost>");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        jdbc.sql("update outbox_email set status = 'SENT', sent_at = now(), locked_until = null where id = :id")
                .param("id", message.id())
                .update();
    }

    private List<String> subjects() {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            try {
                subjects.add(m.getSubject());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return subjects;
    }

    private String status(UUID id) {
        return jdbc.sql("select status from outbox_email where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }
}
