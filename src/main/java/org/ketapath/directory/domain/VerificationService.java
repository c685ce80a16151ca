package org.ketapath.directory.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
import org.ketapath.shared.PlausibleDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Platform admins verify or reject clinics and licences; each decision is recorded with who (the principal's
 * name, an account id), when and the evidence note, and audited.
 */
@Service
public class VerificationService {

    private static final Logger log = LoggerFactory.getLogger(VerificationService.class);
    private static final Set<String> DECISIONS = Set.of("VERIFIED", "REJECTED");
    static final String EXPIRY_JOB = "system:licence-expiry";

    private final VerificationRepository repository;
    private final SearchProjection projection;
    private final Clock clock;
    private final AuditTrail audit;

    VerificationService(
            VerificationRepository repository,
            SearchProjection projection,
            ObjectProvider<Clock> clock,
            AuditTrail audit) {
        this.audit = audit;
        this.repository = repository;
        this.projection = projection;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @Transactional(readOnly = true)
    public VerificationQueue queue() {
        return new VerificationQueue(repository.pendingClinics(200), repository.pendingLicences(200));
    }

    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @Transactional(readOnly = true)
    public List<VerificationQueue.Decision> decisions(UUID clinicId) {
        return repository.decisions(clinicId);
    }

    /** Returns false when the clinic does not exist. */
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @Transactional
    public boolean decideClinic(UUID clinicId, String decision, @Nullable String note, String adminName) {
        requireDecision(decision);
        UUID admin = accountId(adminName);
        Instant now = clock.instant();
        if (!repository.decideClinic(clinicId, decision, admin, now, note)) {
            return false;
        }
        repository.recordDecision(clinicId, "CLINIC", clinicId, decision, adminName, now, note);
        audit(adminName, "CLINIC", clinicId, decision);
        projection.refresh(clinicId);
        return true;
    }

    /** Returns false when the licence does not exist. A licence can only be verified with an expiry date. */
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @Transactional
    public boolean decideLicence(
            UUID licenceId, String decision, @Nullable String note, @Nullable LocalDate expiresOn, String adminName) {
        requireDecision(decision);
        if (expiresOn != null && !PlausibleDates.plausible(expiresOn)) {
            throw new InvalidDirectoryInput("expiresOn", PlausibleDates.describe());
        }
        UUID admin = accountId(adminName);
        Instant now = clock.instant();
        UUID clinicId;
        try {
            clinicId = repository
                    .decideLicence(licenceId, decision, admin, now, note, expiresOn)
                    .orElse(null);
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            throw new InvalidDirectoryInput("expiresOn", "is required to verify a licence without an expiry date");
        }
        if (clinicId == null) {
            return false;
        }
        repository.recordDecision(clinicId, "LICENCE", licenceId, decision, adminName, now, note);
        audit(adminName, "LICENCE", licenceId, decision);
        projection.refresh(clinicId);
        return true;
    }

    /**
     * Marks every verified licence past its expiry date EXPIRED (the search already ignores them by date) and
     * records each as a decision of the expiry job. Returns how many expired.
     */
    @Transactional
    public int expireLicences() {
        Instant now = clock.instant();
        List<UUID[]> expired = repository.expireBefore(LocalDate.now(clock));
        for (UUID[] pair : expired) {
            repository.recordDecision(pair[1], "LICENCE", pair[0], "EXPIRED", EXPIRY_JOB, now, "expiry date passed");
            audit(EXPIRY_JOB, "LICENCE", pair[0], "EXPIRED");
        }
        expired.stream().map(pair -> pair[1]).distinct().forEach(projection::refresh);
        return expired.size();
    }

    /**
     * The one place where verification decisions go to the audit trail. Until the audit module is merged this
     * writes a log line (no PHI: ids and the decision only); then it calls the audit module's API.
     */
    void audit(String actor, String subjectType, UUID subjectId, String decision) {
        audit.record(new AuditEvent(
                "VERIFY_" + decision, subjectType, subjectId.toString(), null, null, AuditEvent.Outcome.SUCCESS));
    }

    private static void requireDecision(String decision) {
        if (!DECISIONS.contains(decision)) {
            throw new InvalidDirectoryInput("decision", "must be VERIFIED or REJECTED");
        }
    }

    private static UUID accountId(String name) {
        try {
            return UUID.fromString(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the signed-in principal's name is not an account id");
        }
    }
}
