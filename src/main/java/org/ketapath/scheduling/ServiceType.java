package org.ketapath.scheduling;

/** The kinds of visit a clinic can offer. */
public enum ServiceType {
    /** Phone or video consultation, 15-30 min, with a practitioner. */
    FREE_CONSULT("Free consultation"),
    /** Pre-check, infusion (40-60 min) and monitoring (20-60 min): a chair, a clinician, nurse coverage. */
    IV_INFUSION("IV infusion"),
    /** Intramuscular injection in a chair with a practitioner. */
    IM_INJECTION("IM injection"),
    /** A 2-3 hour session at home, monitored remotely by a practitioner. */
    AT_HOME_SESSION("At-home session");

    private final String label;

    ServiceType(String label) {
        this.label = label;
    }

    /** The service in words, as staff and patients read it ("IV infusion"). */
    public String label() {
        return label;
    }

    /** The service named, or null when the name is not one. */
    public static @org.jspecify.annotations.Nullable ServiceType parse(@org.jspecify.annotations.Nullable String name) {
        if (name == null) {
            return null;
        }
        for (ServiceType type : values()) {
            if (type.name().equals(name)) {
                return type;
            }
        }
        return null;
    }
}
