package org.ketapath.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketapath.support.Apps;
import org.ketapath.support.Http;
import org.springframework.context.ConfigurableApplicationContext;

/** Health reports UP only while the database answers. */
class HealthTests {

    @TempDir
    Path dir;

    @Test
    void health_goes_down_when_the_database_stops_answering() {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir, 0, true);
        server.ensureDatabase("health");
        try (ConfigurableApplicationContext app = Apps.run(
                "--ketapath.db.url=" + server.jdbcUrl("health"),
                "--ketapath.db.user=" + server.user(),
                "--spring.datasource.hikari.connection-timeout=1000",
                "--spring.datasource.hikari.validation-timeout=500")) {
            Http http = new Http(Apps.port(app));
            assertThat(http.get("/actuator/health").statusCode()).isEqualTo(200);

            server.close();

            HttpResponse<String> down = http.get("/actuator/health");
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).contains("\"status\":\"DOWN\"");
        } finally {
            server.close();
        }
    }
}
