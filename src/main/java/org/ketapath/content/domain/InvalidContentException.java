package org.ketapath.content.domain;

/** A content file that cannot be published as it stands; the message names the file and what to fix. */
public class InvalidContentException extends RuntimeException {

    public InvalidContentException(String message) {
        super(message);
    }

    public InvalidContentException(String message, Throwable cause) {
        super(message, cause);
    }
}
