package org.ketapath.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A cookie-keeping client for the pages: GETs pages, posts forms with the CSRF token found in the last page. */
final class FormClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;
    private String csrf = "";

    FormClient(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    HttpResponse<String> get(String path) {
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

    /** Posts a form with the CSRF token from the last page fetched. */
    HttpResponse<String> post(String path, String... fields) {
        return postRaw(path, true, fields);
    }

    /** Posts a form without any CSRF token. */
    HttpResponse<String> postWithoutCsrf(String path, String... fields) {
        return postRaw(path, false, fields);
    }

    Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("KETAPATH_SESSION"))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    void forgetCookies() {
        cookies.getCookieStore().removeAll();
    }

    private HttpResponse<String> postRaw(String path, boolean withCsrf, String... fields) {
        Stream<String> pairs = Stream.iterate(0, i -> i + 1 < fields.length, i -> i + 2)
                .map(i -> enc(fields[i]) + "=" + enc(fields[i + 1]));
        if (withCsrf) {
            pairs = Stream.concat(pairs, Stream.of("_csrf=" + enc(csrf)));
        }
        String body = pairs.collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
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
