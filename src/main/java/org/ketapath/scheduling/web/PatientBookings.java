package org.ketapath.scheduling.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.ketapath.assessment.AssessmentApi;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
import org.ketapath.scheduling.domain.AppointmentView;
import org.ketapath.scheduling.domain.BookingService;
import org.springframework.stereotype.Component;

/**
 * What the booking API and the booking pages do alike when a patient books: share only the patient's own
 * assessment result, book idempotently, and audit the new appointment and the shared result.
 */
@Component
class PatientBookings {

    private final BookingService booking;
    private final AuditTrail audit;
    private final AssessmentApi assessments;

    PatientBookings(BookingService booking, AuditTrail audit, AssessmentApi assessments) {
        this.booking = booking;
        this.audit = audit;
        this.assessments = assessments;
    }

    /**
     * The reference a booking carries to share this result: present only when the result is the patient's (one
     * taken anonymously becomes theirs first, as at sign-up); empty for an unknown id and for another person's
     * alike, so a caller cannot learn whether an id exists.
     */
    Optional<UUID> assessmentReference(String resultId, UUID patientId) {
        assessments.attachToAccount(resultId, patientId);
        return assessments.shareReference(resultId, patientId);
    }

    /**
     * Whether a client's idempotency key can be used: 1 to 200 printable ASCII characters (letters, digits,
     * punctuation, inner spaces), as the IETF Idempotency-Key header draft's sf-string. Anything else is refused,
     * never stored.
     */
    static boolean usableKey(@Nullable String key) {
        return key != null
                && !key.isBlank()
                && key.length() <= 200
                && PRINTABLE_ASCII.matcher(key).matches();
    }

    private static final Pattern PRINTABLE_ASCII = Pattern.compile("[\\x20-\\x7E]+");

    /** Books (the same key again returns the same appointment); a new booking is audited, with its shared result. */
    BookingService.Booking book(UUID patientId, BookingService.BookingRequest request, String key) {
        BookingService.Booking result = booking.book(patientId, request, key, hash(request));
        if (!result.replayed()) {
            AppointmentView a = result.appointment();
            audit.record(AuditEvent.success("CREATE", "Appointment", a.id().toString(), a.patientId())
                    .forClinic(a.clinicId()));
            if (a.assessmentId() != null) {
                audit.record(AuditEvent.success(
                                "SHARE", "Assessment", a.assessmentId().toString(), a.patientId())
                        .forClinic(a.clinicId()));
            }
        }
        return result;
    }

    /** What an idempotency key is bound to: the same key with a different request is refused. */
    static String hash(BookingService.BookingRequest r) {
        // The location is added only when given, so requests without one hash as they did before it existed.
        String canonical = r.clinicId() + "|" + r.service() + "|" + r.start() + "|" + r.assessmentId() + "|"
                + r.holdId() + (r.locationId() == null ? "" : "|location=" + r.locationId());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
