package org.ketapath.platform.database;

/** The configured external PostgreSQL did not accept a connection at startup. */
public class DatabaseUnreachableException extends RuntimeException {

    public DatabaseUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
