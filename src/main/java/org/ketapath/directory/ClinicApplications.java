package org.ketapath.directory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Clinics joining the platform. A clinic that applies is PENDING and invisible to patients until a platform admin
 * verifies it (the verification queue). Its locations are placed at their ZIP code's centroid unless the clinic
 * gives coordinates near it; its practitioners' NPIs must pass the check digit and are filled from the last NPPES
 * import when known (names, credentials, taxonomy, licence slots as pending evidence).
 */
public interface ClinicApplications {

    /**
     * Registers the clinic, PENDING, in the caller's transaction.
     *
     * @return the new clinic's id
     * @throws Rejected naming the field at fault, such as {@code practitioners[1].npi}
     * @throws Duplicate when an NPI is already listed on KetaPath or a clinic of the same name stands at the same
     *     address
     */
    UUID apply(Application application);

    /** What a clinic sends to join. Field names are those the errors use. */
    record Application(
            String name,
            String description,
            String phone,
            @Nullable String website,
            String timezone,
            @Nullable String notificationEmail,
            Set<Modality> modalities,
            Set<TreatedCondition> conditions,
            boolean selfPay,
            boolean hsaFsa,
            boolean superbill,
            List<Place> locations,
            List<Practitioner> practitioners,
            List<Price> prices) {}

    /** A location; {@code latitude}/{@code longitude} correct the pin when the ZIP centroid is not close enough. */
    record Place(
            String street,
            String city,
            String state,
            String zip,
            @Nullable Double latitude,
            @Nullable Double longitude) {}

    /** A practitioner by NPI; the rest is taken from NPPES when missing and known there. */
    record Practitioner(
            String npi,
            @Nullable String givenName,
            @Nullable String familyName,
            @Nullable String credentials,
            @Nullable String taxonomyCode,
            List<Licence> licences) {}

    /** A state licence as the clinic states it (verified later by a platform admin). */
    record Licence(
            String state,
            String number,
            String type,
            @Nullable LocalDate expiresOn) {}

    /** A price: kind INFUSION, CONSULTATION or PACKAGE (a package of {@code sessions}). */
    record Price(String kind, String label, BigDecimal amountUsd, int sessions) {}

    /** Input that is wrong, naming the field. */
    final class Rejected extends RuntimeException {
        private final String field;

        public Rejected(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** The clinic or one of its practitioners is already listed. */
    final class Duplicate extends RuntimeException {
        private final String field;

        public Duplicate(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
