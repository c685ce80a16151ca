package org.ketapath.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ketapath.support.Apps;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** When the database is the problem, startup stops with one clear message, not a wall of stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTests {

    @Test
    void unreachable_database_is_reported_clearly(CapturedOutput output) {
        assertThatThrownBy(() -> Apps.run(
                        "--ketapath.db.url=jdbc:postgresql://127.0.0.1:1/ketapath", "--ketapath.db.user=nobody"))
                .isInstanceOf(Exception.class);

        assertThat(output.getAll())
                .contains("APPLICATION FAILED TO START")
                .contains("Could not connect to the PostgreSQL database at jdbc:postgresql://127.0.0.1:1/ketapath")
                .contains("Check KETAPATH_DB_URL");
        assertThat(stackFrames(output.getAll())).isZero();
    }

    @Test
    void failed_migration_is_reported_clearly(CapturedOutput output) {
        assertThatThrownBy(() -> Apps.run("--spring.flyway.locations=classpath:db/migration,classpath:db/broken"))
                .isInstanceOf(Exception.class);

        assertThat(output.getAll())
                .contains("APPLICATION FAILED TO START")
                .contains("The database schema could not be migrated")
                .contains("broken on purpose");
        assertThat(stackFrames(output.getAll())).isZero();
    }

    private static long stackFrames(String output) {
        return output.lines().filter(line -> line.strip().startsWith("at org.")).count();
    }
}
