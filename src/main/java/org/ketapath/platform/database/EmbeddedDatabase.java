package org.ketapath.platform.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database this application uses on an embedded server. A persistent server belongs to the application
 * and stops with it; the ephemeral one belongs to the JVM and outlives each application context.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgresServer server;
    private final String database;
    private final boolean ownsServer;

    private EmbeddedDatabase(EmbeddedPostgresServer server, String database, boolean ownsServer) {
        this.server = server;
        this.database = database;
        this.ownsServer = ownsServer;
    }

    static EmbeddedDatabase start(DatabaseSettings.Embedded settings) {
        if (settings.ephemeral()) {
            return new EmbeddedDatabase(EphemeralPostgres.server(), EphemeralPostgres.newDatabase("ketapath"), false);
        }
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(settings.dataDir(), settings.port(), false);
        try {
            server.ensureDatabase(settings.database());
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        log.info(
                "Embedded PostgreSQL ready on 127.0.0.1:{}, database '{}', data in {}",
                server.port(),
                settings.database(),
                server.dataDir());
        return new EmbeddedDatabase(server, settings.database(), true);
    }

    public String jdbcUrl() {
        return server.jdbcUrl(database);
    }

    public String user() {
        return server.user();
    }

    public String name() {
        return database;
    }

    public EmbeddedPostgresServer server() {
        return server;
    }

    @Override
    public void close() {
        if (ownsServer) {
            server.close();
        }
    }
}
