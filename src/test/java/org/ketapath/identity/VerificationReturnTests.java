package org.ketapath.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ketapath.identity.domain.LocalPath;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The e-mail verification link brings a person back to where they were (a time they hold while signing up),
 * and only to a path on this site.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VerificationReturnTests {

    static final String HELD = "/appointments/hold/" + UUID.randomUUID() + "/confirm";
    private static final Pattern LINK = Pattern.compile("(/verify-email\\?\\S+)");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    FormClient web;

    @BeforeEach
    void setUp() {
        web = new FormClient(port);
    }

    @Test
    void the_link_in_the_e_mail_brings_the_person_back_to_the_held_time() {
        String email = IdentityFixtures.uniqueEmail("back");
        HttpResponse<String> signedUp = signUp(email, HELD);
        assertThat(signedUp.statusCode()).as(signedUp.body()).isEqualTo(302);
        assertThat(signedUp.headers().firstValue("Location"))
                .hasValueSatisfying(v -> assertThat(v).endsWith(HELD));

        String link = link(email);
        assertThat(link).endsWith("&next=" + HELD);
        HttpResponse<String> form = web.get(link);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("name=\"next\" value=\"" + HELD + "\"");

        HttpResponse<String> confirmed = web.post("/verify-email", "token", token(link), "next", HELD);
        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(confirmed.headers().firstValue("Location"))
                .hasValueSatisfying(
                        v -> assertThat(v.replaceFirst("^https?://[^/]+", "")).isEqualTo(HELD));
        assertThat(verified(email)).isTrue();
    }

    @Test
    void without_next_the_person_sees_the_confirmation_page() {
        String email = IdentityFixtures.uniqueEmail("plain");
        signUp(email, null);
        String link = link(email);
        assertThat(link).doesNotContain("next=");
        web.get(link);
        HttpResponse<String> confirmed = web.post("/verify-email", "token", token(link));
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(confirmed.body()).contains("E-mail address confirmed");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "//evil.example/appointments",
                "https://evil.example/",
                "http:/evil.example",
                "/\\evil.example",
                "\\\\evil.example",
                "/appointments//evil.example",
                "/%2F%2Fevil.example",
                "evil.example",
                "javascript:alert(1)",
                "/appointments?next=https://evil.example",
                "/\r\nLocation: https://evil.example"
            })
    void open_redirects_are_refused_in_the_e_mail_and_at_the_link(String evil) {
        String email = IdentityFixtures.uniqueEmail("evil");
        HttpResponse<String> signedUp = signUp(email, evil);
        assertThat(signedUp.statusCode()).as(signedUp.body()).isEqualTo(302);
        assertThat(signedUp.headers().firstValue("Location"))
                .hasValueSatisfying(v -> assertThat(v).endsWith("/register/check-email"));
        String link = link(email);
        assertThat(link).doesNotContain("next=").doesNotContain("evil");

        HttpResponse<String> form = web.get("/verify-email?token=" + token(link) + "&next="
                + java.net.URLEncoder.encode(evil, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(form.body()).doesNotContain("name=\"next\"");
        HttpResponse<String> confirmed = web.post("/verify-email", "token", token(link), "next", evil);
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(confirmed.headers().firstValue("Location")).isEmpty();
        assertThat(confirmed.body()).contains("E-mail address confirmed");
        assertThat(verified(email)).isTrue();
    }

    @Test
    void only_single_slash_local_paths_are_safe() {
        assertThat(LocalPath.safe(HELD)).isEqualTo(HELD);
        assertThat(LocalPath.safe("/")).isEqualTo("/");
        for (String bad : new String[] {
            null, "", "//x", "/a//b", "/a\\b", "https://x", "x", "/a:b", "/a?b", "/a b", "/" + "a".repeat(101)
        }) {
            assertThat(LocalPath.safe(bad)).as(String.valueOf(bad)).isNull();
        }
    }

    private HttpResponse<String> signUp(String email, String next) {
        web.get("/register");
        String[] fields = {
            "email", email,
            "password", "a-long-and-unusual-passphrase",
            "givenName", "Ada",
            "familyName", "Lovelace",
            "birthDate", "1985-12-10",
            "zip", "19107"
        };
        if (next != null) {
            String[] withNext = java.util.Arrays.copyOf(fields, fields.length + 2);
            withNext[fields.length] = "next";
            withNext[fields.length + 1] = next;
            fields = withNext;
        }
        return web.post("/register", fields);
    }

    private String link(String email) {
        String body = jdbc.sql("select body from outbox_email where recipient = :to order by created_at desc limit 1")
                .param("to", email)
                .query(String.class)
                .single();
        Matcher m = LINK.matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return m.group(1);
    }

    private static String token(String link) {
        return link.replaceAll(".*token=([A-Za-z0-9_-]+).*", "$1");
    }

    private boolean verified(String email) {
        return jdbc.sql("select email_verified_at is not null from account where email = :e")
                .param("e", email)
                .query(Boolean.class)
                .single();
    }
}
