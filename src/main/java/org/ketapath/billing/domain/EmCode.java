package org.ketapath.billing.domain;

import org.jspecify.annotations.Nullable;

/**
 * Office or outpatient evaluation and management codes a clinician may choose for a visit: 99202-99205 for a new
 * patient, 99211-99215 for an established one (99201 was deleted in 2021). The descriptions are plain summaries,
 * not the CPT descriptors.
 */
public enum EmCode {
    E99202("99202", "Office visit, new patient, straightforward"),
    E99203("99203", "Office visit, new patient, low complexity"),
    E99204("99204", "Office visit, new patient, moderate complexity"),
    E99205("99205", "Office visit, new patient, high complexity"),
    E99211("99211", "Office visit, established patient, minimal"),
    E99212("99212", "Office visit, established patient, straightforward"),
    E99213("99213", "Office visit, established patient, low complexity"),
    E99214("99214", "Office visit, established patient, moderate complexity"),
    E99215("99215", "Office visit, established patient, high complexity");

    private final String code;
    private final String description;

    EmCode(String code, String description) {
        this.code = code;
        this.description = description;
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    public boolean newPatient() {
        return code.startsWith("992") && code.charAt(3) == '0';
    }

    /** The code with this number ("99213"), or null. */
    public static @Nullable EmCode of(@Nullable String code) {
        if (code == null) {
            return null;
        }
        for (EmCode e : values()) {
            if (e.code.equals(code.strip())) {
                return e;
            }
        }
        return null;
    }
}
