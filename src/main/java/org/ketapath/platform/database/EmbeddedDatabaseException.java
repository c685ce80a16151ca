package org.ketapath.platform.database;

import org.jspecify.annotations.Nullable;

/** The embedded PostgreSQL could not be started or prepared; the message says why and what to do. */
public class EmbeddedDatabaseException extends RuntimeException {

    public EmbeddedDatabaseException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
