package org.ketapath.workspace.domain;

/** What happened to a booking; the {@code clinic_notice.kind} CHECK constraint lists the same values. */
public enum NoticeKind {
    BOOKED("New booking"),
    RESCHEDULED("Moved"),
    CANCELLED("Cancelled");

    private final String label;

    NoticeKind(String label) {
        this.label = label;
    }

    /** In words, as staff read it. */
    public String label() {
        return label;
    }
}
