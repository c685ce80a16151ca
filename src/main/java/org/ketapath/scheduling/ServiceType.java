package org.ketapath.scheduling;

/** The kinds of visit a clinic can offer. */
public enum ServiceType {
    /** Phone or video consultation, 15-30 min, with a practitioner. */
    FREE_CONSULT,
    /** Pre-check, infusion (40-60 min) and monitoring (20-60 min): a chair, a clinician, nurse coverage. */
    IV_INFUSION,
    /** Intramuscular injection in a chair with a practitioner. */
    IM_INJECTION,
    /** A 2-3 hour session at home, monitored remotely by a practitioner. */
    AT_HOME_SESSION;

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
