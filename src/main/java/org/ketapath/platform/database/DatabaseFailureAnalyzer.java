package org.ketapath.platform.database;

import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns the ways the database can stop KetaPath from starting into one clear message and what to do, in place
 * of a wall of stack trace.
 */
class DatabaseFailureAnalyzer implements FailureAnalyzer {

    @Override
    public @Nullable FailureAnalysis analyze(Throwable failure) {
        EmbeddedDatabaseException embedded = find(failure, EmbeddedDatabaseException.class);
        if (embedded != null) {
            return new FailureAnalysis(
                    embedded.getMessage(),
                    "Check that the data directory (ketapath.db.embedded.data-dir) is writable and not used by another"
                            + " process, or point KETAPATH_DB_URL at a PostgreSQL server.",
                    embedded);
        }
        DatabaseUnreachableException unreachable = find(failure, DatabaseUnreachableException.class);
        if (unreachable != null) {
            return new FailureAnalysis(
                    unreachable.getMessage(),
                    "Check KETAPATH_DB_URL, KETAPATH_DB_USER and KETAPATH_DB_PASSWORD and that the server is running"
                            + " and reachable, or unset KETAPATH_DB_URL to use the embedded PostgreSQL.",
                    unreachable);
        }
        FlywayException migration = find(failure, FlywayException.class);
        if (migration != null) {
            return new FailureAnalysis(
                    "The database schema could not be migrated, so KetaPath did not start: "
                            + firstLine(migration.getMessage()),
                    "Fix the failing migration under src/main/resources/db/migration (never edit one that was"
                            + " already applied: add a new one), or restore the database from a backup.",
                    migration);
        }
        return null;
    }

    private static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "(no message)";
        }
        String trimmed = message.strip();
        int end = trimmed.indexOf('\n');
        String line = end < 0 ? trimmed : trimmed.substring(0, end);
        // Flyway puts the SQL state and error on later lines; keep them when short.
        return trimmed.length() <= 600 ? trimmed : line;
    }

    static String describe(SQLException e) {
        return e.getMessage() + (e.getSQLState() == null ? "" : " (SQL state " + e.getSQLState() + ")");
    }
}
