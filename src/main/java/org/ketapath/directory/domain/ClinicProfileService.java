package org.ketapath.directory.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.shared.PlausibleDates;
import org.ketapath.shared.UsState;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Clinic admins edit their clinic's profile; an edited licence goes back to PENDING verification. */
@Service
public class ClinicProfileService {

    /** The profile fields a clinic admin may change; each is checked here, so the database never refuses it. */
    public record ProfileEdit(
            @Nullable String description,
            @Nullable String phone,
            @Nullable String website,
            boolean acceptingNewPatients,
            @Nullable Integer infusionMinutes,
            @Nullable Integer monitoringMinutes) {

        /** Checks every field, naming the first at fault (called by the service, after authorisation). */
        void check() {
            if (description == null || description.length() > 4000) {
                throw new InvalidDirectoryInput("description", "is required, at most 4000 characters");
            }
            if (phone == null || !phone.matches("[0-9+() .-]{7,25}")) {
                throw new InvalidDirectoryInput("phone", "must be a phone number");
            }
            if (website != null && (!website.matches("https?://\\S+") || website.length() > 300)) {
                throw new InvalidDirectoryInput("website", "must be an http(s) address");
            }
            if (infusionMinutes != null && (infusionMinutes < 10 || infusionMinutes > 240)) {
                throw new InvalidDirectoryInput("infusionMinutes", "must be from 10 to 240");
            }
            if (monitoringMinutes != null && (monitoringMinutes < 0 || monitoringMinutes > 240)) {
                throw new InvalidDirectoryInput("monitoringMinutes", "must be from 0 to 240");
            }
        }
    }

    /** A licence as the clinic states it. */
    public record LicenceEdit(
            @Nullable UsState state,
            @Nullable String number,
            @Nullable String type,
            @Nullable LocalDate expiresOn) {

        /** Checks every field, naming the first at fault. */
        void check() {
            if (state == null) {
                throw new InvalidDirectoryInput("state", "is required");
            }
            if (number == null || number.isBlank() || number.length() > 50) {
                throw new InvalidDirectoryInput("number", "is required, at most 50 characters");
            }
            if (type == null || type.isBlank() || type.length() > 50) {
                throw new InvalidDirectoryInput("type", "is required, at most 50 characters");
            }
            if (expiresOn == null) {
                throw new InvalidDirectoryInput("expiresOn", "is required");
            }
            if (!PlausibleDates.plausible(expiresOn)) {
                throw new InvalidDirectoryInput("expiresOn", PlausibleDates.describe());
            }
        }
    }

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
        edit.check();
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
        edit.check();
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
