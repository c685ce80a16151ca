package org.ketapath.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ketapath.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Without an SMTP server (the embedded default) mail lands in the development mailbox page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DevMailboxTests {

    @LocalServerPort
    int port;

    @Autowired
    Mailer mailer;

    @Test
    void queued_mail_shows_on_the_mailbox_page_with_its_links() {
        mailer.enqueue(new OutgoingEmail(
                "newpatient@example.test",
                "Confirm your e-mail address",
                "Open this link to confirm: http://localhost:8080/account/verify?token=abc123\n",
                null));
        Http http = new Http(port);

        HttpResponse<String> list = http.get("/dev/mailbox");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("newpatient@example.test").contains("Confirm your e-mail address");

        Matcher link = Pattern.compile("href=\"(/dev/mailbox/[0-9a-f-]{36})\"").matcher(list.body());
        assertThat(link.find()).isTrue();
        HttpResponse<String> message = http.get(link.group(1));
        assertThat(message.body())
                .contains("Links in this message")
                .contains("href=\"http://localhost:8080/account/verify?token=abc123\"");
    }

    @Test
    void unknown_message_is_a_404_page() {
        assertThat(new Http(port)
                        .get("/dev/mailbox/00000000-0000-0000-0000-000000000000")
                        .statusCode())
                .isEqualTo(404);
    }
}
