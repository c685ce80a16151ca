package org.ketapath.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A failing statement's exception names the SQL state, never the values PostgreSQL quotes in its detail. */
@SpringBootTest
class DatabaseErrorDetailTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void postgres_error_detail_and_context_stay_out_of_exception_messages() {
        Throwable failure = catchThrowable(() -> jdbc.sql("select cast(:json as jsonb)")
                .param("json", "{\"medications\":[\"Canary-Sertraline\\u0000\"]}")
                .query(String.class)
                .single());

        assertThat(failure).isNotNull();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain("Canary-Sertraline");
        }
    }
}
