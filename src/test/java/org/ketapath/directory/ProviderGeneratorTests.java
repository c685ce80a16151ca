package org.ketapath.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ketapath.directory.domain.ProviderGenerator;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestConstructor;

/** The benchmark data generator makes verified, searchable providers (same context as NppesImportTests). */
@SpringBootTest(properties = "ketapath.command.exit=false")
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class ProviderGeneratorTests {

    final ProviderGenerator generator;
    final JdbcClient jdbc;

    ProviderGeneratorTests(ProviderGenerator generator, JdbcClient jdbc) {
        this.generator = generator;
        this.jdbc = jdbc;
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void generates_providers_in_batches_that_search_can_find() {
        long before = count("SELECT count(*) FROM clinic WHERE name LIKE 'Bench %'");

        generator.generate(2_000);
        generator.generate(1_000);

        assertThat(count("SELECT count(*) FROM clinic WHERE name LIKE 'Bench %'"))
                .isEqualTo(before + 3_000);
        assertThat(count("SELECT count(*) FROM licence WHERE number LIKE 'BENCH-%' AND expires_on < current_date"))
                .isEqualTo(150);
        assertThat(count("SELECT count(DISTINCT state) FROM clinic_location")).isGreaterThan(40);
        assertThat(count("SELECT count(*) FROM provider_search")).isGreaterThanOrEqualTo(3_000);
    }
}
