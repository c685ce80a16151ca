package org.ketapath.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class EmbeddedPostgresServerTests {

    @TempDir
    Path dir;

    @Test
    void data_survives_a_stop_and_a_start() {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir, 0, false)) {
            server.ensureDatabase("kept");
            JdbcClient jdbc = jdbc(server, "kept");
            jdbc.sql("create table note (text varchar not null)").update();
            jdbc.sql("insert into note values ('still here')").update();
        }
        assertThat(dir.resolve("postmaster.pid")).doesNotExist();

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir, 0, false)) {
            server.ensureDatabase("kept"); // already there: kept as it is
            assertThat(jdbc(server, "kept")
                            .sql("select text from note")
                            .query(String.class)
                            .list())
                    .containsExactly("still here");
        }
    }

    @Test
    void refuses_a_data_directory_that_another_server_is_using() {
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(dir, 0, false)) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(dir, 0, false))
                    .isInstanceOf(EmbeddedDatabaseException.class)
                    .hasMessageContaining("in use by another running KetaPath");
            assertThat(jdbc(first, "postgres")
                            .sql("select 1")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
        }
    }

    @Test
    void offers_the_extensions_the_schema_needs() {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir, 0, true)) {
            assertThat(jdbc(server, "postgres")
                            .sql("select name from pg_available_extensions"
                                    + " where name in ('btree_gist', 'cube', 'earthdistance') order by name")
                            .query(String.class)
                            .list())
                    .containsExactly("btree_gist", "cube", "earthdistance");
        }
        assertThat(Files.exists(dir)).isFalse();
    }

    @Test
    void refuses_database_names_that_are_not_plain_identifiers() {
        assertThatThrownBy(() -> EmbeddedPostgresServer.checkedName("x; drop database y"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(EmbeddedPostgresServer.checkedName("ketapath_test_1")).isEqualTo("ketapath_test_1");
    }

    private static JdbcClient jdbc(EmbeddedPostgresServer server, String database) {
        return JdbcClient.create(new DriverManagerDataSource(server.jdbcUrl(database), server.user(), ""));
    }
}
