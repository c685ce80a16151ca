package org.ketapath.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class FailureLogTests {

    @Test
    void a_logged_failure_keeps_types_sql_state_and_frames_but_no_message() {
        SQLException root = new SQLException("ERROR: Key (email)=(ada@example.test) already exists", "23505");
        IllegalStateException top = new IllegalStateException("could not save Ada Lovelace", root);

        Throwable logged = FailureLog.withheld(top);

        assertThat(logged.getMessage())
                .startsWith("java.lang.IllegalStateException")
                .doesNotContain("Ada");
        assertThat(logged.getStackTrace()).isEqualTo(top.getStackTrace());
        assertThat(logged.getCause().getMessage())
                .startsWith("java.sql.SQLException (SQL state 23505)")
                .doesNotContain("ada@example.test");
        assertThat(logged.getCause().getCause()).isNull();
    }

    @Test
    void a_chain_that_loops_back_on_itself_ends() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);

        Throwable logged = FailureLog.withheld(a);

        assertThat(logged.getCause()).isNotNull();
        assertThat(logged.getCause().getCause()).isNull();
    }
}
