package org.ketapath.notification.domain;

import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Real delivery over SMTP. The Message-ID is derived from the outbox id, so a retried message is recognisable. */
class SmtpTransport implements MailTransport {

    private final JavaMailSender sender;

    SmtpTransport(JavaMailSender sender) {
        this.sender = sender;
    }

    @Override
    public void deliver(OutboxMessage message, String from) throws Exception {
        MimeMessage mime = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(message.recipient());
        helper.setSubject(message.subject());
        helper.setText(message.body(), false);
        mime.saveChanges();
        mime.setHeader("Message-ID", "<" + message.id() + "@outbox.ketapath>");
        sender.send(mime);
    }
}
