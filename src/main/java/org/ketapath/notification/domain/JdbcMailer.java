package org.ketapath.notification.domain;

import java.util.UUID;
import org.ketapath.notification.Mailer;
import org.ketapath.notification.OutgoingEmail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Puts messages in the outbox table, in the caller's transaction. */
@Service
class JdbcMailer implements Mailer {

    private final JdbcClient jdbc;

    JdbcMailer(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public UUID enqueue(OutgoingEmail email) {
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                        insert into outbox_email (id, deduplication_key, recipient, subject, body)
                        values (:id, :key, :to, :subject, :body)
                        on conflict (deduplication_key) do nothing
                        """)
                .param("id", id)
                .param("key", email.deduplicationKey())
                .param("to", email.to())
                .param("subject", email.subject())
                .param("body", email.text())
                .update();
        if (inserted == 1) {
            return id;
        }
        return jdbc.sql("select id from outbox_email where deduplication_key = :key")
                .param("key", email.deduplicationKey())
                .query(UUID.class)
                .single();
    }
}
