package org.ketapath.identity.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
import org.ketapath.identity.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts created by the platform rather than by sign-up: clinic staff, administrators and demo patients.
 * Creation is idempotent by e-mail address (an existing account is returned unchanged).
 */
@Service
public class StaffAccounts {

    private final AccountRepository accounts;
    private final PatientProfileRepository profiles;
    private final Passwords passwords;
    private final AuditTrail audit;

    StaffAccounts(
            AccountRepository accounts, PatientProfileRepository profiles, Passwords passwords, AuditTrail audit) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.passwords = passwords;
        this.audit = audit;
    }

    /** Creates a staff or admin account with a verified e-mail, member of the given clinics. */
    @Transactional
    public UUID create(String email, String password, Role role, Collection<UUID> clinicIds) {
        if (role == Role.PATIENT) {
            throw new IllegalArgumentException("patients register themselves or use createVerifiedPatient");
        }
        UUID id = ensure(email, password, role);
        if (role.isClinicStaff()) {
            clinicIds.forEach(clinic -> accounts.addMembership(id, clinic));
        }
        return id;
    }

    /** Creates a patient with a verified e-mail and a profile (demo data and tests). */
    @Transactional
    public UUID createVerifiedPatient(String email, String password, PatientDetails details) {
        UUID id = ensure(email, password, Role.PATIENT);
        profiles.insert(id, details);
        return id;
    }

    /** Adds a clinic membership to a staff account. */
    @Transactional
    public void addMembership(UUID accountId, UUID clinicId) {
        accounts.addMembership(accountId, clinicId);
        audit.record(AuditEvent.success("UPDATE", "ClinicMembership", accountId.toString(), null)
                .forClinic(clinicId));
    }

    private UUID ensure(String email, String password, Role role) {
        return accounts.findByEmail(email).map(Account::id).orElseGet(() -> {
            UUID id = UUID.randomUUID();
            if (!accounts.insert(id, email, role, passwords.hash(password), Instant.now())) {
                return accounts.findByEmail(email).orElseThrow().id();
            }
            audit.record(AuditEvent.success("CREATE", "Account", id.toString(), role == Role.PATIENT ? id : null));
            return id;
        });
    }
}
