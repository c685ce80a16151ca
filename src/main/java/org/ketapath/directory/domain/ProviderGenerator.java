package org.ketapath.directory.domain;

import java.util.UUID;
import org.ketapath.shared.ZipCentroid;
import org.ketapath.shared.ZipCentroids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates any number of fictional, verified providers for benchmarks, entirely in SQL
 * ({@code generate_series}): clinics spread over the real ZIP centroids, one practitioner each with a licence
 * in the clinic's state (5% expired), prices $400-$800, modalities and conditions in fixed patterns. 1,000,000
 * providers take a few minutes on 2 cores. Names start with "Bench".
 */
@Service
public class ProviderGenerator {

    private static final Logger log = LoggerFactory.getLogger(ProviderGenerator.class);
    private static final UUID VERIFIER = UUID.fromString("b0000000-0000-4000-8000-0000000000be");

    private final JdbcClient jdbc;
    private final ZipCentroids centroids;
    private final SearchProjection projection;

    ProviderGenerator(JdbcClient jdbc, ZipCentroids centroids, SearchProjection projection) {
        this.jdbc = jdbc;
        this.centroids = centroids;
        this.projection = projection;
    }

    /** Adds {@code count} providers numbered after the ones already generated; returns the total generated. */
    @Transactional
    public long generate(int count) {
        long start = jdbc.sql("SELECT count(*) FROM clinic WHERE name LIKE 'Bench %'")
                .query(Long.class)
                .single();
        loadZips();
        long t0 = System.nanoTime();
        run("""
                INSERT INTO clinic (id, name, description, phone, website, timezone, accepting_new_patients,
                       verification_status, verified_by, verified_at, modalities, conditions, pays_self_pay,
                       pays_hsa_fsa, provides_superbill, infusion_minutes, monitoring_minutes)
                SELECT pg_temp.bench_uuid('c', g), 'Bench Clinic ' || g, 'Generated for benchmarks.', '555-555-0100',
                       NULL, 'America/New_York', g % 5 <> 0, 'VERIFIED', :verifier, now(),
                       CAST(CASE g % 4 WHEN 0 THEN '{IV_INFUSION,KAP}' WHEN 1 THEN '{IV_INFUSION,IM_INJECTION}'
                            WHEN 2 THEN '{IM_INJECTION,AT_HOME}' ELSE '{IV_INFUSION,ESKETAMINE_NASAL}' END AS text[]),
                       CAST(CASE (g / 4) % 4 WHEN 0 THEN '{MIGRAINE,DEPRESSION}' WHEN 1 THEN '{MIGRAINE,CHRONIC_PAIN}'
                            WHEN 2 THEN '{DEPRESSION,ANXIETY}' ELSE '{MIGRAINE,PTSD,OCD}' END AS text[]),
                       true, g % 2 = 0, g % 3 = 0, 50, 30
                  FROM generate_series(:from, :to) g
                """, start, count);
        run("""
                INSERT INTO clinic_location (id, clinic_id, is_primary, street, city, state, zip, latitude, longitude)
                SELECT pg_temp.bench_uuid('l', g), pg_temp.bench_uuid('c', g), true, g || ' Bench Road', z.city, z.state, z.zip,
                       z.latitude + ((g % 97) - 48) * 0.0003, z.longitude + ((g % 89) - 44) * 0.0003
                  FROM generate_series(:from, :to) g
                  JOIN bench_zip z ON z.n = (g * 7919) % :zips
                """, start, count);
        run("""
                INSERT INTO practitioner (id, clinic_id, given_name, family_name, credentials, npi, taxonomy_code)
                SELECT pg_temp.bench_uuid('p', g), pg_temp.bench_uuid('c', g), 'Bench', 'Practitioner ' || g, 'MD',
                       lpad((1000000000 + g)::text, 10, '0'), '207L00000X'
                  FROM generate_series(:from, :to) g
                """, start, count);
        run("""
                INSERT INTO licence (id, clinic_id, practitioner_id, state, number, type, expires_on, status,
                       verified_by, verified_at, evidence_note)
                SELECT pg_temp.bench_uuid('i', g), pg_temp.bench_uuid('c', g), pg_temp.bench_uuid('p', g), z.state, 'BENCH-' || g, 'MD',
                       CASE WHEN g % 20 = 0 THEN current_date - 1 ELSE current_date + 365 END, 'VERIFIED',
                       :verifier, now(), 'generated'
                  FROM generate_series(:from, :to) g
                  JOIN bench_zip z ON z.n = (g * 7919) % :zips
                """, start, count);
        run("""
                INSERT INTO clinic_price (id, clinic_id, kind, label, amount_usd, sessions)
                SELECT pg_temp.bench_uuid('r', g), pg_temp.bench_uuid('c', g), 'INFUSION', 'Infusion', 400 + (g % 17) * 25, 1
                  FROM generate_series(:from, :to) g
                """, start, count);
        log.info("generated {} providers in {} s", count, (System.nanoTime() - t0) / 1_000_000_000);
        projection.refreshAll();
        jdbc.sql("ANALYZE").update();
        log.info("search projection rebuilt after {} s", (System.nanoTime() - t0) / 1_000_000_000);
        return start + count;
    }

    private void run(String sql, long start, int count) {
        jdbc.sql(sql)
                .param("from", start + 1)
                .param("to", start + count)
                .param("verifier", VERIFIER)
                .param("zips", centroids.all().size())
                .update();
    }

    private void loadZips() {
        jdbc.sql("""
                        CREATE OR REPLACE FUNCTION pg_temp.bench_uuid(kind text, n bigint) RETURNS uuid
                        LANGUAGE sql IMMUTABLE AS $$ SELECT md5('bench-' || kind || '-' || n)::uuid $$
                        """).update();
        jdbc.sql("""
                        CREATE TEMP TABLE IF NOT EXISTS bench_zip (n int PRIMARY KEY, zip char(5), state char(2),
                               city text, latitude float8, longitude float8) ON COMMIT DROP
                        """).update();
        StringBuilder data = new StringBuilder();
        int n = 0;
        for (ZipCentroid c : centroids.all()) {
            data.append(data.isEmpty() ? "" : "\n")
                    .append(n++)
                    .append('|')
                    .append(c.zip().value())
                    .append('|')
                    .append(c.state().name())
                    .append('|')
                    .append(c.city().replace('|', ' '))
                    .append('|')
                    .append(c.latitude())
                    .append('|')
                    .append(c.longitude());
        }
        jdbc.sql("""
                        INSERT INTO bench_zip
                        SELECT split_part(l, '|', 1)::int, split_part(l, '|', 2), split_part(l, '|', 3),
                               split_part(l, '|', 4), split_part(l, '|', 5)::float8, split_part(l, '|', 6)::float8
                          FROM regexp_split_to_table(:data, E'\\n') l
                        """).param("data", data.toString()).update();
    }
}
