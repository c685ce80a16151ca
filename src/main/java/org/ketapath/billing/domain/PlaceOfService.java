package org.ketapath.billing.domain;

import org.jspecify.annotations.Nullable;

/** CMS place-of-service codes a superbill of ours uses. */
public enum PlaceOfService {
    OFFICE("11", "Office"),
    TELEHEALTH_NOT_HOME("02", "Telehealth, patient not at home"),
    TELEHEALTH_HOME("10", "Telehealth, patient at home");

    private final String code;
    private final String label;

    PlaceOfService(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static @Nullable PlaceOfService of(@Nullable String code) {
        for (PlaceOfService p : values()) {
            if (p.code.equals(code)) {
                return p;
            }
        }
        return null;
    }
}
