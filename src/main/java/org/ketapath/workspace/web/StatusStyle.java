package org.ketapath.workspace.web;

/** The CSS class of a visit status label (colour plus the status in words, never colour alone). */
final class StatusStyle {

    private StatusStyle() {}

    static String of(String statusInWords) {
        return switch (statusInWords) {
            case "Checked in" -> "status status-checked-in";
            case "In progress" -> "status status-in-progress";
            case "Completed" -> "status status-completed";
            case "No-show" -> "status status-no-show";
            case "Cancelled" -> "status status-cancelled";
            default -> "status status-booked";
        };
    }
}
