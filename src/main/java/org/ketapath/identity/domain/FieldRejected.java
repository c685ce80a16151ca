package org.ketapath.identity.domain;

/** Input that is well formed but not acceptable; the message names the problem, never the value. */
public class FieldRejected extends RuntimeException {

    private final String field;

    public FieldRejected(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
