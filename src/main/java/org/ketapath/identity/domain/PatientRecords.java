package org.ketapath.identity.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditReports;
import org.ketapath.audit.AuditTrail;
import org.ketapath.identity.Role;
import org.ketapath.scheduling.SchedulingApi;
import org.ketapath.treatment.TreatmentApi;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient's record as the patient sees it (profile, export, access report, closure) and as clinic staff see
 * it (only with an active consent for their clinic). Every read and write is audited; another patient's or
 * clinic's record is simply not found.
 */
@Service
public class PatientRecords {

    /** How many lines an access report shows at most. */
    public static final int REPORT_LIMIT = 500;

    private final AccountRepository accounts;
    private final PatientProfileRepository profiles;
    private final Consents consents;
    private final ApiTokens tokens;
    private final AuditTrail audit;
    private final AuditReports reports;
    private final JdbcClient jdbc;
    private final SchedulingApi scheduling;
    private final TreatmentApi treatment;

    PatientRecords(
            AccountRepository accounts,
            PatientProfileRepository profiles,
            Consents consents,
            ApiTokens tokens,
            AuditTrail audit,
            AuditReports reports,
            JdbcClient jdbc,
            SchedulingApi scheduling,
            TreatmentApi treatment) {
        this.scheduling = scheduling;
        this.treatment = treatment;
        this.accounts = accounts;
        this.profiles = profiles;
        this.consents = consents;
        this.tokens = tokens;
        this.audit = audit;
        this.reports = reports;
        this.jdbc = jdbc;
    }

    /**
     * A patient's profile.
     *
     * @param id the patient's account id
     * @param email their e-mail address
     * @param emailVerified whether it is verified
     * @param details their personal details
     */
    public record Profile(UUID id, String email, boolean emailVerified, PatientDetails details) {
        @Override
        public String toString() {
            return "Profile[" + id + "]";
        }
    }

    @Transactional(readOnly = true)
    public Optional<Profile> own(UUID patientId) {
        Optional<Profile> profile = load(patientId);
        profile.ifPresent(p -> audit.record(AuditEvent.success("READ", "Patient", patientId.toString(), patientId)));
        return profile;
    }

    /** The profile a staff member may see for their clinic, only while the patient shares with it. */
    @Transactional(readOnly = true)
    public Optional<Profile> forStaff(UUID staffId, UUID clinicId, UUID patientId) {
        boolean allowed = consents.sharesWithStaffClinic(staffId, patientId, clinicId)
                || (isStaffOf(staffId, clinicId) && scheduling.hasAppointmentWith(patientId, clinicId));
        Optional<Profile> profile = allowed ? load(patientId) : Optional.empty();
        AuditEvent event = AuditEvent.success("READ", "Patient", patientId.toString(), patientId)
                .forClinic(clinicId);
        audit.record(profile.isPresent() ? event : event.withOutcome(AuditEvent.Outcome.DENIED));
        return profile;
    }

    /** The patients sharing with a clinic, for its staff (at most {@code limit}). */
    @Transactional(readOnly = true)
    public List<Profile> sharingWith(UUID staffId, UUID clinicId, int limit) {
        if (!isStaffOf(staffId, clinicId)) {
            return List.of();
        }
        List<Profile> list = new ArrayList<>();
        Set<UUID> patients = new LinkedHashSet<>(consents.patientsSharingWith(staffId, clinicId, limit));
        patients.addAll(scheduling.patientsWithAppointmentsAt(clinicId, limit));
        for (UUID patient : patients.stream().limit(limit).toList()) {
            load(patient).ifPresent(profile -> {
                list.add(profile);
                audit.record(AuditEvent.success("READ", "Patient", patient.toString(), patient)
                        .forClinic(clinicId));
            });
        }
        return list;
    }

    /** Everything KetaPath's identity module holds about the patient, for download. */
    @Transactional(readOnly = true)
    public Map<String, Object> export(UUID patientId) {
        Map<String, Object> data = new LinkedHashMap<>();
        Profile profile = load(patientId).orElseThrow();
        data.put(
                "account",
                Map.of("id", profile.id(), "email", profile.email(), "emailVerified", profile.emailVerified()));
        data.put("profile", profile.details());
        data.put("consents", consents.of(patientId));
        data.put("accessReport", reports.accessesTo(patientId, REPORT_LIMIT));
        data.put("treatment", treatment.exportOf(patientId));
        audit.record(AuditEvent.success("EXPORT", "Patient", patientId.toString(), patientId));
        return data;
    }

    /** Who looked at the patient's information, newest first. */
    @Transactional(readOnly = true)
    public List<AuditReports.Access> accessReport(UUID patientId) {
        List<AuditReports.Access> accesses = reports.accessesTo(patientId, REPORT_LIMIT);
        audit.record(AuditEvent.success("READ", "AccessReport", patientId.toString(), patientId));
        return accesses;
    }

    /**
     * Closes the patient's account: erases the profile, withdraws every consent, revokes tokens and sessions,
     * and removes the e-mail address and password. The audit trail and the consent history are kept.
     */
    @Transactional
    public void close(UUID patientId) {
        consents.withdrawAll(patientId);
        profiles.delete(patientId);
        tokens.revokeAll(patientId);
        jdbc.sql("delete from email_verification where account_id = :id")
                .param("id", patientId)
                .update();
        jdbc.sql("delete from spring_session where principal_name = :name")
                .param("name", patientId.toString())
                .update();
        accounts.close(patientId);
        audit.record(AuditEvent.success("DELETE", "Patient", patientId.toString(), patientId));
    }

    private Optional<Profile> load(UUID patientId) {
        return accounts.findById(patientId)
                .filter(account -> !account.closed() && account.role() == Role.PATIENT)
                .flatMap(account -> profiles.find(patientId)
                        .map(details -> new Profile(account.id(), account.email(), account.emailVerified(), details)));
    }

    private boolean isStaffOf(UUID staffId, UUID clinicId) {
        return accounts.findById(staffId)
                .filter(account -> !account.closed() && account.role().isClinicStaff())
                .map(account -> accounts.clinicsOf(staffId).contains(clinicId))
                .orElse(false);
    }
}
