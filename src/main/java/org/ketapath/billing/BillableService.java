package org.ketapath.billing;

import org.jspecify.annotations.Nullable;

/** The treatment sessions a clinic prices one by one or in packages. */
public enum BillableService {
    IV_INFUSION("IV infusion", "IV infusions"),
    IM_INJECTION("IM injection", "IM injections"),
    AT_HOME_SESSION("At-home session", "at-home sessions"),
    ESKETAMINE_SESSION("Esketamine (Spravato) session", "esketamine sessions");

    private final String label;
    private final String plural;

    BillableService(String label, String plural) {
        this.label = label;
        this.plural = plural;
    }

    /** In words: "IV infusion". */
    public String label() {
        return label;
    }

    /** In words, several: "IV infusions". */
    public String plural() {
        return plural;
    }

    /** The service with this name, or null. */
    public static @Nullable BillableService parse(@Nullable String name) {
        if (name == null) {
            return null;
        }
        for (BillableService s : values()) {
            if (s.name().equals(name.strip())) {
                return s;
            }
        }
        return null;
    }
}
