package org.ketapath.platform.database;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Where the data lives. With {@code url} set (environment {@code KETAPATH_DB_URL}, {@code KETAPATH_DB_USER},
 * {@code KETAPATH_DB_PASSWORD}) KetaPath uses that PostgreSQL server and starts nothing; without it, it starts
 * an embedded PostgreSQL.
 *
 * @param url JDBC URL of an external PostgreSQL server, or empty for the embedded one
 * @param user user for the external server
 * @param password password for the external server
 * @param embedded settings of the embedded server
 */
@ConfigurationProperties("ketapath.db")
public record DatabaseSettings(
        @Nullable String url,
        @Nullable String user,
        @Nullable String password,
        @DefaultValue Embedded embedded) {

    public boolean external() {
        return StringUtils.hasText(url);
    }

    /**
     * @param dataDir the data directory, kept across restarts
     * @param port the port to listen on (loopback only); 0 picks a free one
     * @param ephemeral a throwaway server in a temporary directory, one per JVM, with a fresh database for
     *     each application context: what the tests use
     * @param database the database name inside the persistent server
     */
    public record Embedded(
            @DefaultValue("data/postgres") Path dataDir,
            @DefaultValue("0") int port,
            @DefaultValue("false") boolean ephemeral,
            @DefaultValue("ketapath") String database) {}
}
