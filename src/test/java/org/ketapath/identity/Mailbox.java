package org.ketapath.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.ketapath.support.Http;

/** The development mailbox as a person reads it: the newest message to an address, and the links in it. */
final class Mailbox {

    private final Http http;

    Mailbox(Http http) {
        this.http = http;
    }

    /** The rows (newest first) of messages to the address with the subject. */
    List<Element> messages(String recipient, String subject) {
        Document list = Jsoup.parse(http.get("/dev/mailbox").body());
        return list.select("tbody tr").stream()
                .filter(row -> row.child(0).text().equals(recipient)
                        && row.child(1).text().equals(subject))
                .toList();
    }

    /** The path and query of the newest message's link that starts with {@code prefix} (e.g. /password-reset). */
    String link(String recipient, String subject, String prefix) {
        List<Element> rows = messages(recipient, subject);
        assertThat(rows).as("a message to %s: %s", recipient, subject).isNotEmpty();
        Document message =
                Jsoup.parse(http.get(rows.get(0).selectFirst("a").attr("href")).body());
        for (Element a : message.select("main li a[href]")) {
            URI uri = URI.create(a.attr("href"));
            if (uri.getPath().startsWith(prefix)) {
                return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            }
        }
        throw new AssertionError("no link to " + prefix + " in the message");
    }
}
