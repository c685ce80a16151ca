package org.ketapath.identity.domain;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
import org.ketapath.identity.ClinicPatients;
import org.ketapath.scheduling.PatientNames;
import org.ketapath.scheduling.SchedulingApi;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A clinic's patients for its staff (cards, search) and patients' names for the clinic calendar. */
@Service
class ClinicPatientDirectory implements ClinicPatients, PatientNames {

    private final PatientRecords records;
    private final Consents consents;
    private final SchedulingApi scheduling;
    private final AccountRepository accounts;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    ClinicPatientDirectory(
            PatientRecords records,
            Consents consents,
            SchedulingApi scheduling,
            AccountRepository accounts,
            AuditTrail audit,
            JdbcClient jdbc) {
        this.records = records;
        this.consents = consents;
        this.scheduling = scheduling;
        this.accounts = accounts;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PatientCard> own(UUID patientId) {
        return records.own(patientId).map(ClinicPatientDirectory::card);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PatientCard> card(UUID staffId, UUID clinicId, UUID patientId) {
        return records.forStaff(staffId, clinicId, patientId).map(ClinicPatientDirectory::card);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PatientCard> search(UUID staffId, UUID clinicId, String name, int limit) {
        if (!isStaffOf(staffId, clinicId)) {
            return List.of();
        }
        Set<UUID> ids = new LinkedHashSet<>(consents.patientsSharingWith(staffId, clinicId, 1000));
        ids.addAll(scheduling.patientsWithAppointmentsAt(clinicId, 1000));
        if (ids.isEmpty()) {
            return List.of();
        }
        List<PatientCard> found = jdbc.sql("""
                        select a.id, p.given_name, p.family_name, p.birth_date, p.phone, a.email
                          from account a join patient_profile p on p.account_id = a.id
                         where a.id = any(cast(:ids as uuid[])) and a.closed_at is null and a.role = 'PATIENT'
                           and position(lower(:name) in lower(p.given_name || ' ' || p.family_name)) > 0
                         order by lower(p.family_name), lower(p.given_name), a.id
                         limit :limit
                        """)
                .param("ids", new SqlArrayValue("uuid", ids.toArray()))
                .param("name", name.strip())
                .param("limit", Math.max(1, Math.min(limit, 500)))
                .query((rs, n) -> new PatientCard(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, java.time.LocalDate.class),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
        for (PatientCard card : found) {
            audit.record(AuditEvent.success("READ", "Patient", card.id().toString(), card.id())
                    .forClinic(clinicId));
        }
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, String> namesOf(Collection<UUID> patientIds) {
        if (patientIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("""
                        select a.id, p.given_name || ' ' || p.family_name
                          from account a join patient_profile p on p.account_id = a.id
                         where a.id = any(cast(:ids as uuid[])) and a.closed_at is null
                        """)
                .param(
                        "ids",
                        new SqlArrayValue("uuid", patientIds.stream().distinct().toArray()))
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private boolean isStaffOf(UUID staffId, UUID clinicId) {
        return accounts.findById(staffId)
                .filter(account -> !account.closed() && account.role().isClinicStaff())
                .map(account -> accounts.clinicsOf(staffId).contains(clinicId))
                .orElse(false);
    }

    private static PatientCard card(PatientRecords.Profile p) {
        return new PatientCard(
                p.id(),
                p.details().givenName(),
                p.details().familyName(),
                p.details().birthDate(),
                p.details().phone(),
                p.email());
    }
}
