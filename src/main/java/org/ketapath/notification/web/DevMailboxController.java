package org.ketapath.notification.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ketapath.notification.OutboxDelivery;
import org.ketapath.notification.domain.MailConfiguration;
import org.ketapath.platform.web.PublicRoutes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The local development mailbox: every e-mail the app "sent", readable in the browser, so sign-up links work
 * without a mail server. Exists only while the development mailbox is the mail transport.
 */
@Controller
@Conditional(MailConfiguration.DevMailboxEnabled.class)
class DevMailboxController {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    private final JdbcClient jdbc;
    private final OutboxDelivery delivery;

    DevMailboxController(JdbcClient jdbc, OutboxDelivery delivery) {
        this.jdbc = jdbc;
        this.delivery = delivery;
    }

    @Bean
    static PublicRoutes devMailboxPublicRoutes() {
        return PublicRoutes.of("/dev/mailbox", "/dev/mailbox/**");
    }

    @GetMapping("/dev/mailbox")
    String list(Model model) {
        delivery.deliverDue();
        model.addAttribute(
                "messages",
                jdbc.sql(
                                "select id, recipient, subject, delivered_at from dev_mailbox order by delivered_at desc, id limit 200")
                        .query((rs, n) -> new Summary(
                                rs.getObject("id", UUID.class),
                                rs.getString("recipient"),
                                rs.getString("subject"),
                                rs.getObject("delivered_at", OffsetDateTime.class)
                                        .toInstant()))
                        .list());
        return "notification/mailbox";
    }

    @GetMapping("/dev/mailbox/{id}")
    String show(@PathVariable UUID id, Model model) {
        Message message = jdbc.sql("select recipient, subject, body, delivered_at from dev_mailbox where id = :id")
                .param("id", id)
                .query((rs, n) -> new Message(
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getObject("delivered_at", OffsetDateTime.class).toInstant(),
                        links(rs.getString("body"))))
                .optional()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("message", message);
        return "notification/message";
    }

    private static List<String> links(String body) {
        List<String> links = new ArrayList<>();
        Matcher matcher = LINK.matcher(body);
        while (matcher.find()) {
            links.add(matcher.group());
        }
        return links;
    }

    record Summary(UUID id, String recipient, String subject, Instant deliveredAt) {}

    record Message(String recipient, String subject, String body, Instant deliveredAt, List<String> links) {}
}
