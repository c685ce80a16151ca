package org.ketapath.directory.domain;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
import org.ketapath.scheduling.AppointmentCompleted;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviews from patients with a completed appointment at the clinic, once per appointment (the database
 * enforces both), clinic replies and platform moderation.
 */
@Service
public class ReviewService {

    /** Why a review was refused. */
    public enum Refusal {
        NOT_ELIGIBLE,
        ALREADY_REVIEWED
    }

    /** A review the rules refuse. */
    public static class ReviewRefused extends RuntimeException {
        private final Refusal refusal;

        ReviewRefused(Refusal refusal) {
            super(refusal.name());
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    private final ReviewRepository reviews;
    private final SearchProjection projection;
    private final Clock clock;
    private final AuditTrail audit;

    ReviewService(
            ReviewRepository reviews, SearchProjection projection, ObjectProvider<Clock> clock, AuditTrail audit) {
        this.audit = audit;
        this.reviews = reviews;
        this.projection = projection;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** A completed appointment (from scheduling) lets its patient review the clinic once. */
    @EventListener
    @Transactional
    public void on(AppointmentCompleted event) {
        reviews.recordEligibility(event.appointmentId(), event.clinicId(), event.patientId(), event.completedAt());
    }

    @PreAuthorize("hasRole('PATIENT') and #patientId.toString() == authentication.name")
    @Transactional
    public UUID submit(UUID patientId, UUID clinicId, @Nullable UUID appointmentId, int rating, String text) {
        if (appointmentId == null) {
            throw new InvalidDirectoryInput("appointmentId", "is required: the completed visit being reviewed");
        }
        if (rating < 1 || rating > 5) {
            throw new InvalidDirectoryInput("rating", "must be from 1 to 5");
        }
        if (text.length() > 4000) {
            throw new InvalidDirectoryInput("text", "must be at most 4000 characters");
        }
        UUID id = UUID.randomUUID();
        try {
            reviews.insert(id, clinicId, appointmentId, patientId, rating, text.strip(), clock.instant());
        } catch (DuplicateKeyException e) {
            audit.record(reviewEvent(appointmentId, patientId, clinicId, AuditEvent.Outcome.DENIED));
            throw new ReviewRefused(Refusal.ALREADY_REVIEWED);
        } catch (DataIntegrityViolationException e) {
            audit.record(reviewEvent(appointmentId, patientId, clinicId, AuditEvent.Outcome.DENIED));
            throw new ReviewRefused(Refusal.NOT_ELIGIBLE);
        }
        // A review says its author was the clinic's patient: health information, so its writing is audited.
        audit.record(reviewEvent(id, patientId, clinicId, AuditEvent.Outcome.SUCCESS));
        projection.refresh(clinicId);
        return id;
    }

    @PreAuthorize("hasRole('CLINIC_ADMIN') and @clinicMembership.isStaffOf(authentication, #clinicId)")
    @Transactional
    public boolean reply(UUID clinicId, UUID reviewId, String text) {
        if (text.isBlank() || text.length() > 4000) {
            throw new InvalidDirectoryInput("text", "must be 1 to 4000 characters");
        }
        return reviews.reply(clinicId, reviewId, text.strip(), clock.instant());
    }

    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @Transactional
    public boolean moderate(UUID reviewId, String status, @Nullable String note, String adminName) {
        if (!Set.of("PUBLISHED", "HIDDEN").contains(status)) {
            throw new InvalidDirectoryInput("status", "must be PUBLISHED or HIDDEN");
        }
        UUID clinicId = reviews.moderate(reviewId, status, adminName, clock.instant(), note)
                .orElse(null);
        if (clinicId == null) {
            return false;
        }
        projection.refresh(clinicId);
        return true;
    }

    private static AuditEvent reviewEvent(UUID resource, UUID patientId, UUID clinicId, AuditEvent.Outcome outcome) {
        return new AuditEvent("CREATE", "Review", resource.toString(), patientId, clinicId, outcome);
    }
}
