package org.ketapath.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ketapath.content.domain.Page;
import org.ketapath.content.domain.PageLibrary;
import org.ketapath.support.Apps;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Server time to first byte for the information pages: starts the whole app (embedded PostgreSQL, as in the
 * tests), warms up, then requests {@code /learn} and every page round-robin and prints p50/p90/p99/max, first
 * with one client and then with four at once. Rerun:
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.ketapath.bench.InformationPagesBenchmark [-Dexec.args="5000 1000"]</pre>
 *
 * <p>TTFB here is the time from sending the request until the status line and headers arrive, over a kept-alive
 * connection on 127.0.0.1, so it measures the server, not the network.
 */
public final class InformationPagesBenchmark {

    private InformationPagesBenchmark() {}

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        try (ConfigurableApplicationContext app = Apps.run("--logging.level.root=WARN")) {
            String base = "http://127.0.0.1:" + Apps.port(app);
            List<String> paths = new ArrayList<>(List.of("/learn"));
            app.getBean(PageLibrary.class).all().stream().map(Page::path).forEach(paths::add);
            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();

            run(client, base, paths, warmUp, 1);
            report("1 client ", run(client, base, paths, requests, 1), paths.size());
            report("4 clients", run(client, base, paths, requests, 4), paths.size());
        }
        System.exit(0);
    }

    private static long[] run(HttpClient client, String base, List<String> paths, int requests, int clients)
            throws Exception {
        long[] nanos = new long[requests];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int first = c;
                work.add(pool.submit(() -> {
                    for (int i = first; i < requests; i += clients) {
                        nanos[i] = timeToFirstByte(client, URI.create(base + paths.get(i % paths.size())));
                    }
                    return null;
                }));
            }
            for (Future<?> future : work) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return nanos;
    }

    private static long timeToFirstByte(HttpClient client, URI uri) throws Exception {
        long[] headersAt = new long[1];
        long start = System.nanoTime();
        HttpResponse<Void> response =
                client.send(HttpRequest.newBuilder(uri).GET().build(), info -> {
                    headersAt[0] = System.nanoTime();
                    return HttpResponse.BodySubscribers.discarding();
                });
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode());
        }
        return headersAt[0] - start;
    }

    private static void report(String label, long[] nanos, int pages) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(
                "%s: %d requests over %d pages  TTFB p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms%n",
                label,
                sorted.length,
                pages,
                millis(sorted, 0.50),
                millis(sorted, 0.90),
                millis(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6);
    }

    private static double millis(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
