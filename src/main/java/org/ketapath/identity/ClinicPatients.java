package org.ketapath.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The patients of a clinic as its staff may see them: only patients who booked with the clinic or share with
 * it, only for staff of that clinic, every read audited (it appears in the patient's access report). Anything
 * else is simply not found.
 */
public interface ClinicPatients {

    /** The patient's card for this staff member acting for this clinic, if they may see it. */
    Optional<PatientCard> card(UUID staffId, UUID clinicId, UUID patientId);

    /**
     * The patient's own card, for documents and records they ask for about themselves (their superbill, their FHIR
     * Patient); empty for a closed or unknown account; the read is audited. The caller has checked that the patient
     * is the one signed in.
     */
    Optional<PatientCard> own(UUID patientId);

    /**
     * The clinic's patients whose name contains {@code name} (case-insensitive; blank: all), by family name, at
     * most {@code limit}; empty for anyone not staff of the clinic.
     */
    List<PatientCard> search(UUID staffId, UUID clinicId, String name, int limit);

    /**
     * What clinic staff need to know who the patient is and to reach them (minimum necessary).
     *
     * @param id the patient's account id
     * @param givenName given name
     * @param familyName family name
     * @param birthDate date of birth (the chart shows the age)
     * @param phone phone number, if the patient gave one
     * @param email e-mail address
     */
    record PatientCard(
            UUID id,
            String givenName,
            String familyName,
            LocalDate birthDate,
            @Nullable String phone,
            String email) {

        public String name() {
            return givenName + " " + familyName;
        }

        /** Age in whole years on the given day. */
        public int ageOn(LocalDate day) {
            return java.time.Period.between(birthDate, day).getYears();
        }

        @Override
        public String toString() {
            return "PatientCard[" + id + "]";
        }
    }
}
