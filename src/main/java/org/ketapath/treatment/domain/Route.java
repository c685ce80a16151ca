package org.ketapath.treatment.domain;

/** How the drug is given. */
public enum Route {
    IV,
    IM,
    INTRANASAL_ESKETAMINE,
    ORAL_OR_SUBLINGUAL_AT_HOME;

    /** In-clinic routes after which the patient goes home with an escort. */
    public boolean needsEscort() {
        return this != ORAL_OR_SUBLINGUAL_AT_HOME;
    }

    public boolean infusion() {
        return this == IV;
    }

    public Drug drug() {
        return this == INTRANASAL_ESKETAMINE ? Drug.ESKETAMINE : Drug.KETAMINE;
    }
}
