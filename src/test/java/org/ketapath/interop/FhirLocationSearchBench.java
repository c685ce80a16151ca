package org.ketapath.interop;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.ketapath.directory.domain.ProviderGenerator;
import org.ketapath.shared.ZipCentroid;
import org.ketapath.shared.ZipCentroids;
import org.ketapath.support.Apps;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code GET /fhir/Location?near=LAT|LON|50|mi&_count=20&_sort=near} beside the same search on
 * {@code GET /api/v1/providers?zip=&radiusMiles=50&size=20&sort=distance}, through HTTP on the whole application,
 * over random ZIP centroids, with the providers {@link ProviderGenerator} makes (the loader of
 * {@code ProviderSearchBench}). Not a test that runs in {@code verify}; results in {@code docs/benchmarks.md}:
 *
 * <pre>
 * ./mvnw -q test -Dtest=FhirLocationSearchBench -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dbench.providers=20000 -Dbench.queries=1000
 * </pre>
 */
class FhirLocationSearchBench {

    @org.junit.jupiter.api.Test
    void run() throws Exception {
        main(new String[0]);
    }

    public static void main(String[] args) throws Exception {
        int providers = Integer.getInteger("bench.providers", 20_000);
        int queries = Integer.getInteger("bench.queries", 1_000);
        try (ConfigurableApplicationContext app = Apps.run(
                "--ketapath.db.embedded.ephemeral=true",
                "--ketapath.demo-data=false",
                "--logging.level.root=WARN",
                "--spring.datasource.hikari.maximum-pool-size=4")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            long t0 = System.nanoTime();
            app.getBean(ProviderGenerator.class).generate(providers);
            System.out.printf(
                    "loaded %,d providers (%,d search rows) in %d s%n",
                    providers,
                    jdbc.sql("SELECT count(*) FROM provider_search")
                            .query(Long.class)
                            .single(),
                    (System.nanoTime() - t0) / 1_000_000_000);

            List<ZipCentroid> all = app.getBean(ZipCentroids.class).all();
            Random random = new Random(42);
            List<ZipCentroid> zips = new ArrayList<>();
            for (int i = 0; i < queries; i++) {
                zips.add(all.get(random.nextInt(all.size())));
            }
            HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String base = "http://127.0.0.1:" + Apps.port(app);
            long[] fhir = new long[queries];
            long[] json = new long[queries];
            long fhirBytes = 0;
            for (int round = 0; round < 2; round++) { // round 0 warms up the JIT, plans and caches
                for (int i = 0; i < queries; i++) {
                    ZipCentroid zip = zips.get(i);
                    String near = base + "/fhir/Location?near=" + zip.latitude() + "%7C" + zip.longitude()
                            + "%7C50%7Cmi&_count=20&_sort=near";
                    String api = base + "/api/v1/providers?zip=" + zip.zip().value()
                            + "&radiusMiles=50&size=20&sort=distance";
                    // Alternate which goes first, so neither always meets the warmer cache.
                    if (i % 2 == 0) {
                        fhir[i] = time(http, near, "application/fhir+json");
                        json[i] = time(http, api, "application/json");
                    } else {
                        json[i] = time(http, api, "application/json");
                        fhir[i] = time(http, near, "application/fhir+json");
                    }
                }
            }
            System.out.printf(
                    "%,d providers, %,d random ZIP centroids, 50 mi, 20 a page, nearest first%n", providers, queries);
            report("FHIR Location?near  ", fhir);
            report("JSON /api/v1/providers", json);
            System.out.printf(
                    "FHIR/JSON p50 %.2f, p99 %.2f%n",
                    percentile(fhir, 0.5) / (double) percentile(json, 0.5),
                    percentile(fhir, 0.99) / (double) percentile(json, 0.99));
        }
    }

    private static long time(HttpClient http, String url, String accept) throws Exception {
        long s = System.nanoTime();
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
        long elapsed = System.nanoTime() - s;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " for " + url + ": " + response.body());
        }
        return elapsed;
    }

    static long percentile(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * p) - 1)];
    }

    static void report(String what, long[] nanos) {
        System.out.printf(
                "%s p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                what, percentile(nanos, 0.5) / 1e6, percentile(nanos, 0.99) / 1e6, percentile(nanos, 1.0) / 1e6);
    }
}
