package org.ketapath.workspace.domain;

/**
 * A clinician's decision on an intake; the {@code intake_review.decision} CHECK constraint lists the same values.
 * Staff read the short label; the patient reads {@link #forPatient()}, which gives no clinical detail.
 */
public enum Decision {
    PROCEED("Proceed", "A clinician has reviewed the answers you shared and is ready to go ahead with your visit."),
    NEEDS_INFORMATION(
            "Needs more information",
            "A clinician has reviewed the answers you shared and needs more information from you. The clinic will"
                    + " contact you; you can also call them."),
    NOT_SUITABLE(
            "Not suitable",
            "A clinician has reviewed the answers you shared and thinks this treatment may not be right for you at"
                    + " the moment. Please talk to the clinic about what could help instead.");

    private final String label;
    private final String forPatient;

    Decision(String label, String forPatient) {
        this.label = label;
        this.forPatient = forPatient;
    }

    public String label() {
        return label;
    }

    public String forPatient() {
        return forPatient;
    }
}
