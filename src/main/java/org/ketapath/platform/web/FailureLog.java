package org.ketapath.platform.web;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;

/**
 * Logs a failure nobody expected under a reference the answer repeats, without any exception message: messages
 * quote what was sent or stored (a parameter's value, a database row, a line of JSON), and that may be health
 * information. The log keeps each exception's type, SQL state and stack frames, which is what finding the fault
 * needs.
 */
public final class FailureLog {

    /** Request attribute with the reference of a failure the error page reports. */
    public static final String REFERENCE = FailureLog.class.getName() + ".reference";

    private FailureLog() {}

    /** Logs the failure at ERROR with a new reference and returns the reference. */
    public static String error(Logger log, String what, Throwable failure) {
        String reference = UUID.randomUUID().toString();
        log.error("{}, reference {}", what, reference, withheld(failure));
        return reference;
    }

    /** The same chain of exceptions, types and stack frames kept, messages withheld. */
    static Throwable withheld(Throwable failure) {
        return copy(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static @Nullable Throwable copy(@Nullable Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t) || seen.size() > 32) {
            return null;
        }
        MessageWithheld copy = new MessageWithheld(describe(t), copy(t.getCause(), seen));
        copy.setStackTrace(t.getStackTrace());
        return copy;
    }

    private static String describe(Throwable t) {
        String type = t.getClass().getName();
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            return type + " (SQL state " + sql.getSQLState() + ")";
        }
        return type;
    }

    /** Stands in for an exception in the log: its type, never its message. */
    static final class MessageWithheld extends RuntimeException {

        MessageWithheld(String type, @Nullable Throwable cause) {
            super(type + " [message withheld: it may quote what was sent]", cause, false, true);
        }
    }
}
