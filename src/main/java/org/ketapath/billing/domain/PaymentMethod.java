package org.ketapath.billing.domain;

import org.jspecify.annotations.Nullable;

/** How a patient paid (no card data is kept: the method and a reference only). */
public enum PaymentMethod {
    CARD("Card"),
    CASH("Cash"),
    HSA_FSA_CARD("HSA/FSA card"),
    CHECK("Check");

    private final String label;

    PaymentMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static @Nullable PaymentMethod parse(@Nullable String name) {
        for (PaymentMethod m : values()) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        return null;
    }
}
