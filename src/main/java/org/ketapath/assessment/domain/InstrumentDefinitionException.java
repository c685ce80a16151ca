package org.ketapath.assessment.domain;

/** An instrument definition that cannot be used; thrown at startup so a broken definition never ships. */
public class InstrumentDefinitionException extends RuntimeException {

    public InstrumentDefinitionException(String resource, String problem) {
        super("Instrument definition " + resource + " is invalid: " + problem);
    }

    public InstrumentDefinitionException(String resource, String problem, Throwable cause) {
        super("Instrument definition " + resource + " is invalid: " + problem, cause);
    }
}
