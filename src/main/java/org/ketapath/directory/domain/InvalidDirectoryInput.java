package org.ketapath.directory.domain;

/** Input a directory service refuses, naming the field at fault (the web layer answers 400 naming it). */
public class InvalidDirectoryInput extends RuntimeException {

    private final String field;

    public InvalidDirectoryInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
