package org.ketapath.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.ketapath.support.Apps;
import org.ketapath.support.Http;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** With KETAPATH_DB_URL the app uses that server and starts no PostgreSQL of its own. */
class ExternalDatabaseTests {

    @Test
    void uses_the_configured_server_and_starts_nothing_embedded() {
        EmbeddedPostgresServer external = EphemeralPostgres.server();
        String database = EphemeralPostgres.newDatabase("external");

        try (ConfigurableApplicationContext app = Apps.run(
                "--ketapath.db.url=" + external.jdbcUrl(database),
                "--ketapath.db.user=" + external.user(),
                "--ketapath.db.password=")) {
            assertThat(app.getBeansOfType(EmbeddedDatabase.class)).isEmpty();
            assertThat(app.getBean(JdbcClient.class)
                            .sql("select current_database()")
                            .query(String.class)
                            .single())
                    .isEqualTo(database);
            HttpResponse<String> health = new Http(Apps.port(app)).get("/actuator/health");
            assertThat(health.statusCode()).isEqualTo(200);
        }
    }
}
