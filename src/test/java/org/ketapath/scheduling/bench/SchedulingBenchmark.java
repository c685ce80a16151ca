package org.ketapath.scheduling.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.ketapath.directory.Clinics;
import org.ketapath.directory.domain.ClinicRegistry;
import org.ketapath.directory.domain.SoonestSlots;
import org.ketapath.scheduling.SchedulingApi;
import org.ketapath.scheduling.SchedulingTestConfiguration;
import org.ketapath.scheduling.ServiceType;
import org.ketapath.shared.ZipCentroid;
import org.ketapath.shared.ZipCentroids;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The scheduling benchmark (not a timed test; skipped unless {@code -Dbench=true}):
 *
 * <pre>./mvnw test -Dtest=SchedulingBenchmark -Dbench=true [-Dbench.clinics=2000]</pre>
 *
 * 2,000 clinics (4 chairs, 3 practitioners each), 60 days of infusions at about 70% chair occupancy, then:
 * availability for one clinic over 30 days through HTTP; the soonest 10 infusion slots among clinics within 50
 * miles of a ZIP code through HTTP ({@code GET /api/v1/slots/soonest}: the directory's radius search, then
 * scheduling's batched search); booking throughput with 32 concurrent HTTP clients beside pgbench's TPC-B-like
 * TPS on the same database server. The clinics are real directory clinics (verified, searchable), 2,000 spread
 * over the ZIP centroids within 40 miles of 45 big-city ZIP codes.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ketapath.scheduling.reminders.enabled=false",
            "ketapath.mail.sender.enabled=false",
            "spring.datasource.hikari.maximum-pool-size=32",
            "logging.level.root=WARN"
        })
@Import(SchedulingTestConfiguration.class)
class SchedulingBenchmark {

    static final int CLINICS = Integer.getInteger("bench.clinics", 2000);
    static final LocalDate FIRST = LocalDate.ofInstant(SchedulingTestConfiguration.START, ZoneOffset.UTC)
            .plusDays(1);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    SchedulingApi api;

    @Autowired
    SoonestSlots soonestSlots;

    @Autowired
    ClinicRegistry registry;

    final ZipCentroids centroids = new ZipCentroids();
    List<ZipCentroid> places = List.of();
    List<ZipCentroid> queryZips = List.of();

    final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    final StringBuilder report = new StringBuilder();

    @Test
    void run() throws Exception {
        long t0 = System.nanoTime();
        List<List<ZipCentroid>> metroZips = BenchData.metroZips(centroids);
        places = BenchData.places(metroZips, CLINICS, 20261124);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            ids.add(registry.register(Clinics.at(places.get(i).zip().value())
                    .named("Bench Clinic " + i)
                    .build()));
        }
        line("directory: %d verified clinics registered in %.1f s", ids.size(), (System.nanoTime() - t0) / 1e9);
        queryZips = metroZips.stream().flatMap(List::stream).toList();
        BenchData.generate(jdbc, ids, FIRST);
        line(
                "data: %d clinics, %d appointments, %d resource rows, generated in %.1f s",
                CLINICS, count("appointment"), count("resource_booking"), (System.nanoTime() - t0) / 1e9);
        availability();
        soonest();
        double bookings = booking();
        double tps = pgbench();
        line("booking/pgbench ratio: %.3f", tps > 0 ? bookings / tps : Double.NaN);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/scheduling-bench.txt"), report.toString());
        System.out.println(report);
    }

    void availability() throws Exception {
        String to = FIRST.plusDays(29).toString();
        for (int i = 0; i < 1000; i++) {
            get("/api/v1/providers/" + BenchData.clinic(rnd(CLINICS)) + "/availability?service=IV_INFUSION&from="
                    + FIRST + "&to=" + to);
        }
        long[] ns = new long[2000];
        long[] javaNs = new long[ns.length];
        int slots = 0;
        for (int i = 0; i < ns.length; i++) {
            UUID clinic = BenchData.clinic(rnd(CLINICS));
            long s = System.nanoTime();
            HttpResponse<String> r = get(
                    "/api/v1/providers/" + clinic + "/availability?service=IV_INFUSION&from=" + FIRST + "&to=" + to);
            ns[i] = System.nanoTime() - s;
            if (r.statusCode() != 200) {
                throw new IllegalStateException("availability " + r.statusCode());
            }
            slots += r.body().split("\"start\"").length - 1;
            // The same work without HTTP and JSON: the two statements and the planning.
            s = System.nanoTime();
            api.availability(clinic, ServiceType.IV_INFUSION, FIRST, FIRST.plusDays(29));
            javaNs[i] = System.nanoTime() - s;
        }
        line(
                "availability 30 days, IV_INFUSION, HTTP, %d requests: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.1f ms"
                        + " (avg %d free slots)",
                ns.length, pct(ns, 50), pct(ns, 90), pct(ns, 99), pct(ns, 100), slots / ns.length);
        line(
                "availability, same clinics, Java call (SchedulingApi, no HTTP/JSON): p50 %.2f ms, p99 %.2f ms",
                pct(javaNs, 50), pct(javaNs, 99));
    }

    void soonest() throws Exception {
        for (int i = 0; i < 300; i++) {
            get(soonestPath(queryZips.get(rnd(queryZips.size()))));
        }
        long[] ns = new long[1000];
        long[] javaNs = new long[ns.length];
        long found = 0;
        long clinicsNear = 0;
        int most = 0;
        for (int i = 0; i < ns.length; i++) {
            ZipCentroid zip = queryZips.get(rnd(queryZips.size()));
            long s = System.nanoTime();
            HttpResponse<String> r = get(soonestPath(zip));
            ns[i] = System.nanoTime() - s;
            if (r.statusCode() != 200) {
                throw new IllegalStateException("soonest " + r.statusCode() + " " + r.body());
            }
            found += r.body().split("\"start\"").length - 1;
            s = System.nanoTime();
            soonestSlots.find(zip, 50, ServiceType.IV_INFUSION, 10);
            javaNs[i] = System.nanoTime() - s;
            int near = (int) places.stream()
                    .filter(p -> p.state() == zip.state() && zip.milesTo(p.latitude(), p.longitude()) <= 50)
                    .count();
            clinicsNear += near;
            most = Math.max(most, near);
        }
        line(
                "soonest 10 IV_INFUSION slots within 50 miles of a ZIP, HTTP GET /api/v1/slots/soonest, %d random ZIPs"
                        + " near the clinics: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.1f ms"
                        + " (avg %d clinics in radius, at most %d; avg %d slots returned)",
                ns.length,
                pct(ns, 50),
                pct(ns, 90),
                pct(ns, 99),
                pct(ns, 100),
                clinicsNear / ns.length,
                most,
                found / ns.length);
        line(
                "soonest, same ZIPs, Java call (SoonestSlots.find, no HTTP/JSON): p50 %.2f ms, p99 %.2f ms",
                pct(javaNs, 50), pct(javaNs, 99));
    }

    private static String soonestPath(ZipCentroid zip) {
        return "/api/v1/slots/soonest?zip=" + zip.zip().value() + "&radius=50&service=IV_INFUSION&limit=10";
    }

    double booking() throws Exception {
        // Book into days 61-90, which hold no bookings yet: random clinic, day and start.
        int clients = 32;
        long seconds = 20;
        AtomicInteger created = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    LocalDate day = FIRST.plusDays(61 + rnd(30));
                    if (day.getDayOfWeek().getValue() > 5) {
                        continue;
                    }
                    int minutes = 9 * 60 + 15 * rnd(20);
                    String start = day + "T" + String.format("%02d:%02d:00-05:00", minutes / 60, minutes % 60);
                    String body = "{\"providerId\":\"" + BenchData.clinic(rnd(CLINICS))
                            + "\",\"service\":\"IV_INFUSION\",\"start\":\"" + start + "\"}";
                    int status = post("/api/v1/appointments", body).statusCode();
                    (status == 201 ? created : status == 409 ? conflicts : other).incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        double rate = created.get() / (double) seconds;
        line(
                "booking, 32 concurrent HTTP clients, %d s: %.0f bookings/s (201: %d, 409: %d, other: %d)",
                seconds, rate, created.get(), conflicts.get(), other.get());
        return rate;
    }

    double pgbench() throws Exception {
        Path pgbench = Path.of(System.getProperty("bench.pgbench", "/usr/lib/postgresql/15/bin/pgbench"));
        if (!Files.isExecutable(pgbench)) {
            line("pgbench: not found at %s (the embedded PostgreSQL binaries do not ship it)", pgbench);
            return 0;
        }
        String url = ((HikariDataSource) dataSource).getJdbcUrl();
        URI uri = URI.create(url.substring("jdbc:".length()));
        String user = ((HikariDataSource) dataSource).getUsername();
        jdbc.sql("create database pgbench").update();
        List<String> common = List.of("-h", uri.getHost(), "-p", String.valueOf(uri.getPort()), "-U", user);
        run(pgbench, common, "-i", "-q", "-s", "32", "pgbench");
        String out = run(pgbench, common, "-c", "32", "-j", "2", "-T", "20", "-n", "pgbench");
        double tps = Arrays.stream(out.split("\n"))
                .filter(l -> l.startsWith("tps"))
                .mapToDouble(l -> Double.parseDouble(l.replaceAll("tps = ([0-9.]+).*", "$1")))
                .findFirst()
                .orElse(0);
        line(
                "pgbench %s TPC-B-like, scale 32, 32 clients, 20 s, same server: %.0f TPS",
                pgbench.getParent().getParent().getFileName(), tps);
        return tps;
    }

    private String run(Path pgbench, List<String> common, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(pgbench.toString());
        command.addAll(common);
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(Map.of("PGPASSWORD", String.valueOf(((HikariDataSource) dataSource).getPassword())));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) {
        try {
            return http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .header("Content-Type", "application/json")
                            .header(
                                    SchedulingTestConfiguration.ACCOUNT_HEADER,
                                    UUID.randomUUID() + " ROLE_PATIENT,EMAIL_VERIFIED")
                            .header("Idempotency-Key", UUID.randomUUID().toString())
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + ("appointment".equals(table) ? "appointment" : "resource_booking"))
                .query(Long.class)
                .single();
    }

    /** The 1, 5 and 15 minute load averages (Linux), to judge how noisy a phase was. */
    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static int rnd(int bound) {
        return ThreadLocalRandom.current().nextInt(bound);
    }

    private static double pct(long[] ns, int p) {
        long[] sorted = ns.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private void line(String format, Object... args) {
        String s = String.format(java.util.Locale.ROOT, format, args) + " [load average " + loadAverage() + "]";
        report.append(s).append('\n');
        System.out.println("BENCH " + s);
    }
}
