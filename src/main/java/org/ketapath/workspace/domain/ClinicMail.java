package org.ketapath.workspace.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.ketapath.directory.ClinicDirectory;
import org.ketapath.notification.Mailer;
import org.ketapath.notification.OutgoingEmail;
import org.springframework.stereotype.Component;

/**
 * Tells a clinic's notification address about a booking, move or cancellation with the minimum necessary: the
 * kind of visit, when, and whether the patient is new to the clinic. Never a name, never health information: the
 * details are behind sign-in.
 */
@Component
class ClinicMail {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE, MMM d, yyyy 'at' h:mm a z", Locale.US);

    private final ClinicDirectory clinics;
    private final Mailer mailer;

    ClinicMail(ClinicDirectory clinics, Mailer mailer) {
        this.clinics = clinics;
        this.mailer = mailer;
    }

    void notice(UUID clinicId, UUID appointmentId, ClinicNotices.Notice notice) {
        clinics.find(clinicId)
                .filter(clinic -> clinic.notificationEmail() != null)
                .ifPresent(clinic -> {
                    ZoneId zone = ZoneId.of(clinic.timezone());
                    String who = notice.newPatient() ? "a new patient" : "a returning patient";
                    String service = notice.service().label();
                    String subject;
                    String text;
                    switch (notice.kind()) {
                        case BOOKED -> {
                            subject = "New booking: " + service + ", " + when(notice.start(), zone);
                            text = service + " on " + when(notice.start(), zone) + ", " + who + ".";
                        }
                        case RESCHEDULED -> {
                            subject = "Booking moved: " + service + ", now " + when(notice.start(), zone);
                            text = service + " moved from " + when(notice.previousStart(), zone) + " to "
                                    + when(notice.start(), zone) + ", " + who + ".";
                        }
                        default -> {
                            subject = "Booking cancelled: " + service + ", " + when(notice.start(), zone);
                            text = service + " on " + when(notice.start(), zone) + " was cancelled by the patient ("
                                    + who + ").";
                        }
                    }
                    mailer.enqueue(new OutgoingEmail(
                            clinic.notificationEmail(),
                            subject,
                            text + "\n\nSign in to KetaPath to see your clinic's day: " + clinic.name() + ".",
                            "clinic-notice:" + notice.kind() + ":" + appointmentId + ":"
                                    + notice.occurredAt().toEpochMilli()));
                });
    }

    private static String when(Instant instant, ZoneId zone) {
        return WHEN.format(instant.atZone(zone));
    }
}
