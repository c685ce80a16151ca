package org.ketapath.workspace.domain;

import java.util.UUID;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
import org.ketapath.directory.ClinicApplications;
import org.ketapath.identity.ClinicStaff;
import org.ketapath.scheduling.ClinicSchedules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A clinic joins the platform: the directory registers it (PENDING until a platform admin verifies it), scheduling
 * gives it an empty schedule and identity creates its admin account, in one transaction: either all exist
 * afterwards or none does.
 */
@Service
public class ClinicJoining {

    private final ClinicApplications applications;
    private final ClinicStaff staff;
    private final ClinicSchedules schedules;
    private final AuditTrail audit;

    ClinicJoining(ClinicApplications applications, ClinicStaff staff, ClinicSchedules schedules, AuditTrail audit) {
        this.applications = applications;
        this.staff = staff;
        this.schedules = schedules;
        this.audit = audit;
    }

    /** Registers the clinic and gives it an empty schedule, so its staff can fill in the settings at once. */
    private UUID register(ClinicApplications.Application application) {
        UUID clinic = applications.apply(application);
        schedules.openEmpty(clinic, java.time.ZoneId.of(application.timezone().strip()));
        return clinic;
    }

    /** A clinic that joined over the API, with its admin's authenticator enrolled at once. */
    public record Joined(UUID clinicId, ClinicStaff.NewAdmin admin) {}

    /**
     * Joins over the API: the admin's authenticator secret and recovery codes come back at once.
     *
     * @throws ClinicApplications.Rejected naming the clinic's field at fault
     * @throws ClinicApplications.Duplicate when the clinic or a practitioner is already listed
     * @throws ClinicStaff.Rejected naming {@code admin.email} or {@code admin.password}
     */
    @Transactional
    public Joined join(String adminEmail, String adminPassword, ClinicApplications.Application application) {
        UUID clinic = register(application);
        ClinicStaff.NewAdmin admin = staff.createClinicAdmin(adminEmail, adminPassword, clinic);
        audit.record(
                AuditEvent.success("CREATE", "Clinic", clinic.toString(), null).forClinic(clinic));
        return new Joined(clinic, admin);
    }

    /**
     * Joins on the website: the admin sets up their authenticator on the next page.
     *
     * @return the admin's account id
     */
    @Transactional
    public UUID joinToEnrol(String adminEmail, String adminPassword, ClinicApplications.Application application) {
        UUID clinic = register(application);
        UUID admin = staff.createClinicAdminToEnrol(adminEmail, adminPassword, clinic);
        audit.record(
                AuditEvent.success("CREATE", "Clinic", clinic.toString(), null).forClinic(clinic));
        return admin;
    }
}
