package org.ketapath.directory.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.shared.UsState;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Clinic admins edit their clinic's profile; an edited licence goes back to PENDING verification. */
@Service
public class ClinicProfileService {

    /** The profile fields a clinic admin may change. */
    public record ProfileEdit(
            String description,
            String phone,
            @Nullable String website,
            boolean acceptingNewPatients,
            @Nullable Integer infusionMinutes,
            @Nullable Integer monitoringMinutes) {}

    /** A licence as the clinic states it. */
    public record LicenceEdit(UsState state, String number, String type, LocalDate expiresOn) {}

    private final JdbcClient jdbc;
    private final SearchProjection projection;
    private final Clock clock;

    ClinicProfileService(JdbcClient jdbc, SearchProjection projection, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.projection = projection;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @PreAuthorize("hasRole('CLINIC_ADMIN') and @clinicMembership.isStaffOf(authentication, #clinicId)")
    @Transactional
    public boolean editProfile(UUID clinicId, ProfileEdit edit) {
        int updated = jdbc.sql("""
                        UPDATE clinic SET description = :description, phone = :phone, website = :website,
                               accepting_new_patients = :accepting, infusion_minutes = :infusion,
                               monitoring_minutes = :monitoring, updated_at = now()
                         WHERE id = :id
                        """)
                .param("description", edit.description())
                .param("phone", edit.phone())
                .param("website", edit.website())
                .param("accepting", edit.acceptingNewPatients())
                .param("infusion", edit.infusionMinutes())
                .param("monitoring", edit.monitoringMinutes())
                .param("id", clinicId)
                .update();
        projection.refresh(clinicId);
        return updated > 0;
    }

    /** Changes a licence of the clinic and sends it back to PENDING; false when the clinic has no such licence. */
    @PreAuthorize("hasRole('CLINIC_ADMIN') and @clinicMembership.isStaffOf(authentication, #clinicId)")
    @Transactional
    public boolean editLicence(UUID clinicId, UUID licenceId, LicenceEdit edit) {
        int updated = jdbc.sql("""
                        UPDATE licence SET state = :state, number = :number, type = :type, expires_on = :expires,
                               status = 'PENDING', verified_by = NULL, verified_at = NULL,
                               evidence_note = 'edited by the clinic on ' || :today
                         WHERE id = :id AND clinic_id = :clinic
                        """)
                .param("state", edit.state().name())
                .param("number", edit.number())
                .param("type", edit.type())
                .param("expires", edit.expiresOn())
                .param("today", LocalDate.now(clock).toString())
                .param("id", licenceId)
                .param("clinic", clinicId)
                .update();
        projection.refresh(clinicId);
        return updated > 0;
    }
}
