package org.ketapath.identity;

/** What an account is; each role is a Spring Security authority {@code ROLE_<name>}. */
public enum Role {
    PATIENT,
    CLINICIAN,
    CLINIC_ADMIN,
    PLATFORM_ADMIN;

    /** The Spring Security authority of this role, e.g. {@code ROLE_PATIENT}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Whether this role must sign in with a second factor (TOTP). */
    public boolean requiresMfa() {
        return this != PATIENT;
    }

    /** Whether this role works for clinics. */
    public boolean isClinicStaff() {
        return this == CLINICIAN || this == CLINIC_ADMIN;
    }
}
