package org.ketapath.identity.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.audit.AuditReports;
import org.ketapath.platform.web.UsFormats;

/**
 * The "who looked at my data" report in plain sentences: "Demo Ketamine Clinic Philadelphia (clinician) viewed
 * your details on Dec 2, 2026, 3:14 PM." No ids, no action codes: an action this list does not know reads as
 * "viewed your information" or "changed your information".
 */
final class AccessSentences {

    /** What an action on a kind of record reads as: past tense, and the infinitive for refusals. */
    private record Phrase(String done, String tried) {}

    private static final Map<String, Phrase> PHRASES = Map.ofEntries(
            Map.entry("READ Patient", new Phrase("viewed your details", "view your details")),
            Map.entry("READ Assessment", new Phrase("viewed your assessment result", "view your assessment result")),
            Map.entry(
                    "READ AssessmentResult",
                    new Phrase("viewed your assessment result", "view your assessment result")),
            Map.entry("CREATE Assessment", new Phrase("saved your assessment result", "save your assessment result")),
            Map.entry(
                    "UPDATE Assessment",
                    new Phrase("added your assessment result to your account", "add your assessment result")),
            Map.entry("READ Appointment", new Phrase("viewed your appointments", "view your appointments")),
            Map.entry("CREATE Appointment", new Phrase("booked an appointment", "book an appointment")),
            Map.entry("UPDATE Appointment", new Phrase("changed an appointment", "change an appointment")),
            Map.entry("READ Consent", new Phrase("viewed what you share", "view what you share")),
            Map.entry("SHARE Consent", new Phrase("started sharing your information", "share your information")),
            Map.entry("WITHDRAW Consent", new Phrase("stopped sharing your information", "stop sharing")),
            Map.entry("READ AccessReport", new Phrase("viewed this report", "view this report")),
            Map.entry("EXPORT Patient", new Phrase("downloaded your data", "download your data")),
            Map.entry("CREATE Patient", new Phrase("created your account", "create your account")),
            Map.entry("CREATE Account", new Phrase("created your account", "create your account")),
            Map.entry("UPDATE Patient", new Phrase("changed your details", "change your details")),
            Map.entry("DELETE Patient", new Phrase("closed your account", "close your account")),
            Map.entry(
                    "UPDATE EmailVerification",
                    new Phrase("confirmed your e-mail address", "confirm your e-mail address")),
            Map.entry("UPDATE EmailAddress", new Phrase("changed your e-mail address", "change your e-mail address")),
            Map.entry("UPDATE Password", new Phrase("changed your password", "change your password")),
            Map.entry("SIGN_IN Account", new Phrase("signed in", "sign in")),
            Map.entry("CREATE Review", new Phrase("wrote a review", "write a review")),
            Map.entry("READ PatientChart", new Phrase("opened your chart", "open your chart")),
            Map.entry(
                    "CREATE IntakeReview",
                    new Phrase("reviewed the answers you shared", "review the answers you shared")));

    private AccessSentences() {}

    /** One sentence per access, newest first as given; times in {@code zone}. */
    static List<String> of(
            List<AuditReports.Access> accesses,
            UUID patientId,
            Map<UUID, String> clinicNames,
            ZoneId zone,
            UsFormats formats) {
        return accesses.stream()
                .map(a -> sentence(a, patientId, clinicNames, zone, formats))
                .toList();
    }

    static String sentence(
            AuditReports.Access a, UUID patientId, Map<UUID, String> clinicNames, ZoneId zone, UsFormats formats) {
        String clinic = a.clinicId() == null ? null : clinicNames.getOrDefault(a.clinicId(), "a clinic");
        Phrase phrase = PHRASES.getOrDefault(
                a.action() + " " + a.resourceType(),
                a.action().equals("READ")
                        ? new Phrase("viewed your information", "view your information")
                        : new Phrase("changed your information", "change your information"));
        String who = actor(a, patientId, clinic);
        String what = phrase.done();
        boolean withClinic =
                clinic != null && (a.action().equals("SHARE") || a.action().equals("WITHDRAW"));
        if (withClinic && !who.contains(clinic)) {
            what = what + " with " + clinic;
        }
        String when = " on " + formats.dateTime(a.at(), zone);
        return switch (a.outcome()) {
            case "DENIED" -> who + " tried to " + phrase.tried() + " and was refused" + when + ".";
            case "FAILURE" -> who + " could not " + phrase.tried() + when + ".";
            default -> who + " " + what + when + ".";
        };
    }

    private static String actor(AuditReports.Access a, UUID patientId, @Nullable String clinic) {
        if (a.actorId() != null && a.actorId().equals(patientId)) {
            return "You";
        }
        String role = a.actorRole() == null ? "" : a.actorRole();
        return switch (role) {
            case "PATIENT" -> "You";
            case "CLINICIAN" -> clinic == null ? "A clinician" : clinic + " (clinician)";
            case "CLINIC_ADMIN" -> clinic == null ? "A clinic administrator" : clinic + " (clinic administrator)";
            case "PLATFORM_ADMIN" -> "A KetaPath administrator";
            default -> a.actorId() == null ? "KetaPath" : "Someone";
        };
    }
}
