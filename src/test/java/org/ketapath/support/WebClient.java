package org.ketapath.support;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A browser-like client for the pages over real HTTP: keeps cookies, posts forms with the CSRF token of the last
 * page it fetched, and signs in (with the TOTP code for staff).
 */
public final class WebClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client;
    private String csrf = "";

    public WebClient(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/html")
                .GET()
                .build());
        Matcher m = CSRF.matcher(response.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return response;
    }

    /** Posts a form (name, value pairs) with the CSRF token of the last page fetched. */
    public HttpResponse<String> post(String path, String... fields) {
        String body = Stream.concat(
                        Stream.iterate(0, i -> i + 1 < fields.length, i -> i + 2)
                                .map(i -> enc(fields[i]) + "=" + enc(fields[i + 1])),
                        Stream.of("_csrf=" + enc(csrf)))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** Signs a patient in; returns where the sign-in sent them. */
    public String signIn(String email, String password) {
        get("/sign-in");
        HttpResponse<String> r = post("/sign-in", "email", email, "password", password);
        return location(r);
    }

    /**
     * Signs a staff member in with password and TOTP code computed for the application's time {@code now} (tests
     * move the application's clock); returns where the second step sent them.
     */
    public String signInStaff(String email, String password, String totpSecret, Instant now) {
        get("/sign-in");
        post("/sign-in", "email", email, "password", password);
        get("/sign-in/otp");
        HttpResponse<String> r = post("/sign-in/otp", "code", totp(totpSecret, now));
        return location(r);
    }

    /** The TOTP code of a secret at a time (RFC 6238, SHA-1, 6 digits, 30 s). */
    public static String totp(String secret, Instant now) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, now.getEpochSecond() / 30);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where a redirect points, as a path on this site when it is one. */
    public String location(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElse("");
        return location.startsWith(base) ? location.substring(base.length()) : location;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A binary download (a PDF, say) in this client's session. */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return client.send(
                    HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
