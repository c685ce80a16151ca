package org.ketapath.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One throwaway PostgreSQL per JVM, started on first use in a temporary directory and stopped when the JVM
 * exits; every caller gets a database of its own on it. The test suite's application contexts share it, so a
 * suite starts PostgreSQL once, however many contexts it builds.
 */
public final class EphemeralPostgres {

    private static final AtomicInteger databases = new AtomicInteger();
    private static volatile EmbeddedPostgresServer server;

    private EphemeralPostgres() {}

    /** The JVM's throwaway server, started on first call. */
    public static EmbeddedPostgresServer server() {
        EmbeddedPostgresServer s = server;
        if (s == null) {
            synchronized (EphemeralPostgres.class) {
                s = server;
                if (s == null) {
                    s = startServer();
                    server = s;
                }
            }
        }
        return s;
    }

    /** A new, empty database on the throwaway server; returns its name. */
    public static String newDatabase(String prefix) {
        String name = prefix + "_" + databases.incrementAndGet();
        server().ensureDatabase(name);
        return name;
    }

    private static EmbeddedPostgresServer startServer() {
        try {
            EmbeddedPostgresServer started =
                    EmbeddedPostgresServer.start(Files.createTempDirectory("ketapath-pg-"), 0, true);
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "ephemeral-postgres-stop"));
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
