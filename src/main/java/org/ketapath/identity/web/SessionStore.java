package org.ketapath.identity.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/** How web sessions are kept in PostgreSQL (Spring Session JDBC, tables created by Flyway). */
@Configuration(proxyBeanMethods = false)
class SessionStore {

    /**
     * PostgreSQL's statements for the session tables: an attribute is written with {@code INSERT ... ON CONFLICT
     * DO UPDATE}, so two requests of one session that add the same attribute at once (a double click, two tabs)
     * both succeed instead of the second failing on the primary key.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgresSessionStatements() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
