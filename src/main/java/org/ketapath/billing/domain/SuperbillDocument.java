package org.ketapath.billing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.shared.Money;

/**
 * A superbill as issued: everything it says, kept as issued (the database refuses changes). The content follows
 * DOMAIN.md (Billing): patient, clinic and rendering clinicians, each date of service with its place of service,
 * codes with modifiers, units and diagnosis pointers, charges, payments, balance and the attestation.
 *
 * @param id the superbill (this version)
 * @param number the number people quote, the same for every version
 * @param version 1, then 2, ... for corrections
 * @param previousId the version this one corrects
 * @param correctionReason why it was corrected
 * @param issuedAt when it was issued
 * @param timezone the clinic's IANA zone, in which its dates are given
 * @param from first day of the period (clinic's time)
 * @param to last day of the period
 * @param patient who was treated
 * @param clinic the clinic
 * @param clinicians the rendering clinicians
 * @param diagnoses the ICD-10-CM codes, each with its pointer letter (A, B, ...)
 * @param visits each date of service
 * @param totalCharge the sum of the charges
 * @param totalPaid the sum paid
 * @param balance what remains
 * @param attestation the clinician's attestation line
 */
public record SuperbillDocument(
        UUID id,
        String number,
        int version,
        @Nullable UUID previousId,
        @Nullable String correctionReason,
        Instant issuedAt,
        String timezone,
        LocalDate from,
        LocalDate to,
        Patient patient,
        Clinic clinic,
        List<Clinician> clinicians,
        List<Diagnosis> diagnoses,
        List<Visit> visits,
        Money totalCharge,
        Money totalPaid,
        Money balance,
        String attestation) {

    public SuperbillDocument {
        clinicians = List.copyOf(clinicians);
        diagnoses = List.copyOf(diagnoses);
        visits = List.copyOf(visits);
    }

    /** A postal address. */
    public record Address(String street, String city, String state, String zip) {

        public String oneLine() {
            return street + ", " + city + ", " + state + " " + zip;
        }
    }

    /** The patient: name, date of birth, address and the insurance member id they entered, if any. */
    public record Patient(
            String name,
            LocalDate dateOfBirth,
            Address address,
            @Nullable String memberId) {}

    /** The clinic (billing provider). */
    public record Clinic(
            String name,
            Address address,
            String phone,
            String taxId,
            @Nullable String organisationNpi) {}

    /** A rendering clinician. */
    public record Clinician(String name, String credentials, String npi, String licenceNumber, String licenceState) {

        public String nameWithCredentials() {
            return credentials.isBlank() ? name : name + ", " + credentials;
        }
    }

    /** An ICD-10-CM code and the letter lines point to it by. */
    public record Diagnosis(String pointer, String code, String title) {}

    /**
     * A date of service.
     *
     * @param dateOfService the day (clinic's time)
     * @param placeOfService the CMS place-of-service code: 11 office, 02 or 10 telehealth
     * @param placeOfServiceLabel the code in words
     * @param service the kind of visit in words
     * @param clinician index into the clinicians
     * @param lines the codes
     * @param charge the visit's charges
     * @param paid what was paid for it
     * @param balance what remains
     */
    public record Visit(
            LocalDate dateOfService,
            String placeOfService,
            String placeOfServiceLabel,
            String service,
            int clinician,
            List<Line> lines,
            Money charge,
            Money paid,
            Money balance) {

        public Visit {
            lines = List.copyOf(lines);
        }
    }

    /** A code line. */
    public record Line(
            String code,
            List<String> modifiers,
            int units,
            String description,
            @Nullable String drugInfo,
            String diagnosisPointers,
            Money charge) {

        public Line {
            modifiers = List.copyOf(modifiers);
        }
    }
}
