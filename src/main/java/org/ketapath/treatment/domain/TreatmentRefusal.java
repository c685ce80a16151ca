package org.ketapath.treatment.domain;

import java.util.List;

/**
 * Why treatment refused a request, without HTTP: the web layer maps each kind to its answer (not found, input
 * naming a field, a conflict with the record's state, or a record that cannot be signed yet).
 */
public abstract sealed class TreatmentRefusal extends RuntimeException {

    TreatmentRefusal(String message) {
        super(message, null, false, false);
    }

    /** Nothing the caller may see: unknown, or another clinic's. */
    public static final class NotFound extends TreatmentRefusal {
        public NotFound() {
            super("not found");
        }
    }

    /** Input well formed but not acceptable; names the field. */
    public static final class InvalidInput extends TreatmentRefusal {
        private final String field;

        public InvalidInput(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** Not now: the record's state forbids it. {@code code} is stable for clients, the message plain English. */
    public static final class Conflict extends TreatmentRefusal {
        private final String code;

        Conflict(String code, String message) {
            super(message);
            this.code = code;
        }

        public String code() {
            return code;
        }

        static Conflict recordLocked() {
            return new Conflict("record-locked", "The record is signed: record a change as an amendment.");
        }

        static Conflict sessionExists() {
            return new Conflict("session-exists", "This appointment already has a session record.");
        }

        static Conflict consentMissing() {
            return new Conflict(
                    "consent-missing",
                    "No dose before the patient has accepted the clinic's informed consent (consent).");
        }

        static Conflict preCheckMissing() {
            return new Conflict("pre-check-missing", "Record the pre-check (with the weight) before a dose.");
        }

        static Conflict riskAssessmentMissing() {
            return new Conflict(
                    "risk-assessment-missing",
                    "PHQ-9 item 9 was positive: document the risk assessment in the pre-check before dosing.");
        }

        static Conflict appointmentClosed() {
            return new Conflict("appointment-closed", "The appointment was cancelled or missed.");
        }

        static Conflict noCourse() {
            return new Conflict("no-course", "The patient has no treatment course at this clinic.");
        }

        static Conflict notSigned() {
            return new Conflict("not-signed", "The record is not signed yet: change the part itself.");
        }

        static Conflict noConsentText() {
            return new Conflict("no-consent-text", "The clinic has not published a consent text yet.");
        }

        static Conflict flagResolved() {
            return new Conflict("flag-resolved", "This flag already has an action note.");
        }
    }

    /** The record cannot be signed yet; each missing part or open flag. */
    public static final class NotSignable extends TreatmentRefusal {
        private final List<SignCheck.Missing> missing;

        NotSignable(List<SignCheck.Missing> missing) {
            super("The record is not complete.");
            this.missing = List.copyOf(missing);
        }

        public List<SignCheck.Missing> missing() {
            return missing;
        }
    }
}
