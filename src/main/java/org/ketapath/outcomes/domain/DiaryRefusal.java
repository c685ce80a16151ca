package org.ketapath.outcomes.domain;

/** Why the outcomes module refuses a request; the web layer maps each to problem+json or a friendly page. */
public sealed class DiaryRefusal extends RuntimeException {

    DiaryRefusal(String message) {
        super(message, null, false, false);
    }

    /** Input well formed but not acceptable: 400 naming the field. */
    public static final class InvalidInput extends DiaryRefusal {
        private final String field;

        public InvalidInput(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** The day is more than 7 days back: entries lock, as diaries in trials do (409). */
    public static final class Locked extends DiaryRefusal {
        public Locked() {
            super("Diary days lock 7 days after the day; this one can no longer be changed.");
        }
    }

    /** Nothing the caller may see: 404. */
    public static final class NotFound extends DiaryRefusal {
        public NotFound() {
            super("Not found.");
        }
    }
}
