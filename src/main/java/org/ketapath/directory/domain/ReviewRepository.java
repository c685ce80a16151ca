package org.ketapath.directory.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Review eligibility (completed appointments) and reviews. */
@Repository
class ReviewRepository {

    private final JdbcClient jdbc;

    ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records that the patient may review the clinic for this appointment. Visits at a clinic the directory
     * does not list (a schedule set up without a directory entry) make nobody eligible: there is no public
     * profile to review. Returns whether a row was recorded.
     */
    boolean recordEligibility(UUID appointmentId, UUID clinicId, UUID patientId, Instant completedAt) {
        return jdbc.sql("""
                        INSERT INTO review_eligibility (appointment_id, clinic_id, patient_id, completed_at)
                        SELECT :appointment, :clinic, :patient, :at
                        WHERE EXISTS (SELECT 1 FROM clinic WHERE id = :clinic)
                        ON CONFLICT (appointment_id) DO NOTHING
                        """)
                        .param("appointment", appointmentId)
                        .param("clinic", clinicId)
                        .param("patient", patientId)
                        .param("at", Timestamp.from(completedAt))
                        .update()
                == 1;
    }

    /** Inserts a review; the foreign key and unique key refuse ineligible and repeated reviews. */
    void insert(UUID id, UUID clinicId, UUID appointmentId, UUID patientId, int rating, String text, Instant at) {
        jdbc.sql("""
                        INSERT INTO review (id, clinic_id, appointment_id, patient_id, rating, text, created_at)
                        VALUES (:id, :clinic, :appointment, :patient, :rating, :text, :at)
                        """)
                .param("id", id)
                .param("clinic", clinicId)
                .param("appointment", appointmentId)
                .param("patient", patientId)
                .param("rating", rating)
                .param("text", text)
                .param("at", Timestamp.from(at))
                .update();
    }

    boolean reply(UUID clinicId, UUID reviewId, String text, Instant at) {
        return jdbc.sql("""
                        UPDATE review SET reply_text = :text, replied_at = :at
                         WHERE id = :id AND clinic_id = :clinic
                        """)
                        .param("text", text)
                        .param("at", Timestamp.from(at))
                        .param("id", reviewId)
                        .param("clinic", clinicId)
                        .update()
                > 0;
    }

    Optional<UUID> moderate(UUID reviewId, String status, String by, Instant at, @Nullable String note) {
        return jdbc.sql("""
                        UPDATE review SET status = :status, moderated_by = :by, moderated_at = :at, moderation_note = :note
                         WHERE id = :id RETURNING clinic_id
                        """)
                .param("status", status)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("note", note)
                .param("id", reviewId)
                .query(UUID.class)
                .optional();
    }
}
