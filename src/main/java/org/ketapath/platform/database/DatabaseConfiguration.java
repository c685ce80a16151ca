package org.ketapath.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The DataSource: the external PostgreSQL named by {@code ketapath.db.url}, or else an embedded one that this
 * application starts and stops. Pool settings still bind from {@code spring.datasource.hikari.*}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Configuration(proxyBeanMethods = false)
    @Conditional(ExternalDatabaseConfigured.class)
    static class External {

        @Bean
        @ConfigurationProperties("spring.datasource.hikari")
        HikariDataSource dataSource(DatabaseSettings settings) {
            String url = settings.url();
            checkReachable(url, settings.user(), settings.password());
            return pool(url, settings.user(), settings.password());
        }

        /** Fails fast, with one clear message, when the configured server does not answer. */
        private static void checkReachable(String url, @Nullable String user, @Nullable String password) {
            Properties credentials = new Properties();
            if (user != null) {
                credentials.setProperty("user", user);
            }
            if (password != null) {
                credentials.setProperty("password", password);
            }
            credentials.setProperty("connectTimeout", "10");
            try (Connection ignored = DriverManager.getConnection(url, credentials)) {
                // reachable
            } catch (SQLException e) {
                throw new DatabaseUnreachableException(
                        "Could not connect to the PostgreSQL database at " + withoutCredentials(url) + ": "
                                + DatabaseFailureAnalyzer.describe(e),
                        e);
            }
        }

        private static String withoutCredentials(String url) {
            int query = url.indexOf('?');
            return query < 0 ? url : url.substring(0, query);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(NoExternalDatabaseConfigured.class)
    static class Embedded {

        @Bean
        EmbeddedDatabase embeddedDatabase(DatabaseSettings settings) {
            return EmbeddedDatabase.start(settings.embedded());
        }

        @Bean
        @ConfigurationProperties("spring.datasource.hikari")
        HikariDataSource dataSource(EmbeddedDatabase database) {
            return pool(database.jdbcUrl(), database.user(), null);
        }
    }

    private static HikariDataSource pool(String url, @Nullable String user, @Nullable String password) {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("ketapath");
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword(password);
        // PostgreSQL's error detail and context quote the values of the failing row or JSON (health information):
        // keep them out of exception messages, so no log line can carry them. The SQL state stays.
        pool.addDataSourceProperty("logServerErrorDetail", "false");
        return pool;
    }

    static final class ExternalDatabaseConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("ketapath.db.url"));
        }
    }

    static final class NoExternalDatabaseConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !new ExternalDatabaseConfigured().matches(context, metadata);
        }
    }
}
