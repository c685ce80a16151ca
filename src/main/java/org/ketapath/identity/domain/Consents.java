package org.ketapath.identity.domain;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
import org.ketapath.identity.ConsentApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The patient's consents: list, grant and withdraw (each audited); other modules ask {@link #mayAccess}. */
@Service
public class Consents implements ConsentApi {

    private final ConsentRepository consents;
    private final AccountRepository accounts;
    private final AuditTrail audit;
    private final Clock clock;

    Consents(ConsentRepository consents, AccountRepository accounts, AuditTrail audit, IdentityClock clock) {
        this.consents = consents;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock.clock();
    }

    @Transactional(readOnly = true)
    public List<Consent> of(UUID patientId) {
        List<Consent> list = consents.ofPatient(patientId);
        audit.record(AuditEvent.success("READ", "Consent", null, patientId));
        return list;
    }

    @Override
    @Transactional
    public UUID grant(UUID patientId, UUID clinicId, Scope scope) {
        UUID id;
        try {
            id = consents.grant(patientId, clinicId, scope, clock.instant());
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            // consent.clinic_id refers to the directory's clinic: an id no clinic has
            throw new InputRejected(List.of(new FieldRejected("clinicId", "is not a clinic listed on KetaPath")));
        }
        audit.record(
                AuditEvent.success("SHARE", "Consent", id.toString(), patientId).forClinic(clinicId));
        return id;
    }

    /** Withdraws one of the patient's own active consents; empty if there is no such consent of theirs. */
    @Transactional
    public Optional<Consent> withdraw(UUID patientId, UUID consentId) {
        Optional<Consent> withdrawn = consents.withdraw(patientId, consentId, clock.instant());
        withdrawn.ifPresent(consent -> audit.record(
                AuditEvent.success("WITHDRAW", "Consent", consent.id().toString(), patientId)
                        .forClinic(consent.clinicId())));
        return withdrawn;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayAccess(UUID staffAccountId, UUID clinicId, UUID patientId, Scope scope) {
        return isStaffOf(staffAccountId, clinicId) && consents.active(staffAccountId, patientId, clinicId, scope);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean consents(UUID patientId, UUID clinicId, Scope scope) {
        return consents.active(patientId, patientId, clinicId, scope);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean sharesWith(UUID patientId, UUID clinicId) {
        return consents.anyActive(patientId, patientId, clinicId);
    }

    /** Whether a staff member's clinic has any active consent from the patient (checked as the staff member). */
    @Transactional(readOnly = true)
    public boolean sharesWithStaffClinic(UUID staffAccountId, UUID patientId, UUID clinicId) {
        return isStaffOf(staffAccountId, clinicId) && consents.anyActive(staffAccountId, patientId, clinicId);
    }

    @Transactional(readOnly = true)
    public List<UUID> patientsSharingWith(UUID staffAccountId, UUID clinicId, int limit) {
        return consents.patientsSharingWith(staffAccountId, clinicId, limit);
    }

    @Transactional
    public int withdrawAll(UUID patientId) {
        return consents.withdrawAll(patientId, clock.instant());
    }

    private boolean isStaffOf(UUID accountId, UUID clinicId) {
        return accounts.findById(accountId)
                .filter(account -> !account.closed() && account.role().isClinicStaff())
                .map(account -> accounts.clinicsOf(accountId).contains(clinicId))
                .orElse(false);
    }
}
