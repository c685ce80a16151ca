package org.ketapath.billing.domain;

import java.util.List;

/**
 * Why billing refused a request, without HTTP: the web layer maps each kind to its answer (not found, input
 * naming a field, a record that cannot be issued yet naming each missing field, a conflict with a record's state).
 */
public abstract sealed class BillingRefusal extends RuntimeException {

    BillingRefusal(String message) {
        super(message, null, false, false);
    }

    /** Nothing the caller may see: unknown, or someone else's. */
    public static final class NotFound extends BillingRefusal {
        public NotFound() {
            super("not found");
        }
    }

    /** Input well formed but not acceptable; names each field at fault with a message that never echoes it. */
    public static final class InvalidInput extends BillingRefusal {
        private final List<Problem> problems;

        public InvalidInput(String field, String message) {
            this(List.of(new Problem(field, message)));
        }

        public InvalidInput(List<Problem> problems) {
            super(problems.get(0).field() + " " + problems.get(0).message());
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    /** A superbill cannot be issued: each field it needs and does not have. */
    public static final class Incomplete extends BillingRefusal {
        private final List<Problem> missing;

        public Incomplete(List<Problem> missing) {
            super("incomplete");
            this.missing = List.copyOf(missing);
        }

        public List<Problem> missing() {
            return missing;
        }
    }

    /** Not now: the record's state forbids it; {@code code} is stable for clients. */
    public static final class Conflict extends BillingRefusal {
        private final String code;

        public Conflict(String code, String message) {
            super(message);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** A field and what is wrong with it, in plain words. */
    public record Problem(String field, String message) {}
}
