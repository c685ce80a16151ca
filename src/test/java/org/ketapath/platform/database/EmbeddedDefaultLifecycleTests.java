package org.ketapath.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketapath.support.Apps;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The default a newcomer gets: the app starts its own PostgreSQL, keeps the data, and stops it cleanly. */
class EmbeddedDefaultLifecycleTests {

    @TempDir
    Path data;

    @Test
    void the_app_keeps_its_data_across_a_restart_and_stops_postgres_cleanly() {
        int firstPort;
        try (ConfigurableApplicationContext app = startPersistent()) {
            EmbeddedDatabase database = app.getBean(EmbeddedDatabase.class);
            firstPort = database.server().port();
            assertThat(database.server().dataDir())
                    .isEqualTo(data.resolve("postgres").toAbsolutePath());
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from flyway_schema_history where success")
                            .query(Integer.class)
                            .single())
                    .isPositive();
            jdbc.sql("create table restart_check (id int primary key)").update();
            jdbc.sql("insert into restart_check values (42)").update();
        }

        assertThat(data.resolve("postgres/postmaster.pid")).doesNotExist();
        assertThat(accepts(firstPort)).as("postgres stopped with the app").isFalse();

        try (ConfigurableApplicationContext app = startPersistent()) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select id from restart_check")
                            .query(Integer.class)
                            .list())
                    .containsExactly(42);
        }
    }

    private ConfigurableApplicationContext startPersistent() {
        return Apps.run(
                "--ketapath.db.embedded.ephemeral=false",
                "--ketapath.db.embedded.data-dir=" + data.resolve("postgres"));
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
