package org.ketapath.directory.domain;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.ketapath.directory.Modality;
import org.ketapath.directory.TreatedCondition;
import org.ketapath.shared.ZipCentroid;
import org.ketapath.shared.ZipCentroids;
import org.ketapath.support.Apps;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The provider search benchmark (not a test: surefire's default includes skip "*Bench"). Loads N providers
 * (default 1,000,000) into a throwaway embedded PostgreSQL, then runs the search (50 miles, condition
 * MIGRAINE + modality IV_INFUSION, sorted by distance, first page of 20) for 1,000 random US ZIPs through HTTP
 * and directly against the database (the same SQL through SearchRepository, no HTTP), and prints p50/p99.
 *
 * <pre>
 * ./mvnw -q test -Dtest=ProviderSearchBench -Dsurefire.failIfNoSpecifiedTests=false -Dbench.providers=1000000
 * </pre>
 */
class ProviderSearchBench {

    @org.junit.jupiter.api.Test
    void run() throws Exception {
        main(new String[0]);
    }

    public static void main(String[] args) throws Exception {
        int providers = Integer.getInteger("bench.providers", 1_000_000);
        int queries = Integer.getInteger("bench.queries", 1_000);
        try (ConfigurableApplicationContext app = Apps.run(
                "--ketapath.db.embedded.ephemeral=true",
                "--ketapath.demo-data=false",
                "--logging.level.root=WARN",
                "--spring.datasource.hikari.maximum-pool-size=4")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            ProviderGenerator generator = app.getBean(ProviderGenerator.class);
            long t0 = System.nanoTime();
            generator.generate(providers); // one batch: the projection is rebuilt once
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
            SearchRepository repository = app.getBean(SearchRepository.class);
            HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String base = "http://127.0.0.1:" + Apps.port(app) + "/api/v1/providers?radiusMiles=50"
                    + "&condition=MIGRAINE&modality=IV_INFUSION&sort=distance&page=0&size=20&zip=";

            ZipCentroid manhattan = app.getBean(ZipCentroids.class).get(new org.ketapath.shared.ZipCode("10001"));
            System.out.println(repository.explain(new SearchQuery(
                    manhattan,
                    50,
                    TreatedCondition.MIGRAINE,
                    Modality.IV_INFUSION,
                    null,
                    null,
                    SearchSort.DISTANCE,
                    0,
                    20)));
            long[] sql = new long[queries];
            long[] web = new long[queries];
            long matches = 0;
            for (int round = 0; round < 2; round++) { // round 0 warms up JIT, plans and caches
                for (int i = 0; i < queries; i++) {
                    ZipCentroid zip = zips.get(i);
                    long s = System.nanoTime();
                    SearchPage page = repository.search(new SearchQuery(
                            zip,
                            50,
                            TreatedCondition.MIGRAINE,
                            Modality.IV_INFUSION,
                            null,
                            null,
                            SearchSort.DISTANCE,
                            0,
                            20));
                    sql[i] = System.nanoTime() - s;
                    matches += round == 1 ? page.total() : 0;
                    s = System.nanoTime();
                    HttpResponse<String> response = http.send(
                            HttpRequest.newBuilder(URI.create(base + zip.zip().value()))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    web[i] = System.nanoTime() - s;
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("HTTP " + response.statusCode() + " for " + zip.zip());
                    }
                }
            }
            System.out.printf("mean matches per search: %.0f%n", matches / (double) queries);
            report("SQL ", sql);
            report("HTTP", web);
        }
    }

    static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(
                "%s p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                what,
                sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }
}
