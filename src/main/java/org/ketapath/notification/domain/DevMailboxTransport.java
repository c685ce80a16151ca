package org.ketapath.notification.domain;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Local development: "delivers" into a table shown on /dev/mailbox instead of sending anything. */
class DevMailboxTransport implements MailTransport {

    private final JdbcClient jdbc;

    DevMailboxTransport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void deliver(OutboxMessage message, String from) {
        jdbc.sql("""
                        insert into dev_mailbox (id, outbox_id, recipient, subject, body)
                        values (:id, :outbox, :to, :subject, :body) on conflict (outbox_id) do nothing
                        """)
                .param("id", UUID.randomUUID())
                .param("outbox", message.id())
                .param("to", message.recipient())
                .param("subject", message.subject())
                .param("body", message.body())
                .update();
    }
}
