package org.ketapath.directory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a bill or a price estimate needs to know of a clinic from the directory: its name, phone and primary
 * address, its verification, the payment options and prices it lists, and its clinicians with their NPIs,
 * credentials and state licences. Implemented by the directory; used by billing.
 */
public interface ClinicBilling {

    /** The clinic's billing facts, whatever its verification status (the caller decides who may see what). */
    Optional<BillingFacts> billingFacts(UUID clinicId);

    /**
     * A clinic as a bill shows it.
     *
     * @param id the clinic id
     * @param name its name
     * @param phone its phone number
     * @param verified whether a platform admin verified it (only then do patients find it)
     * @param address its primary address
     * @param selfPay whether it takes self-pay patients
     * @param hsaFsa whether it takes HSA/FSA cards
     * @param superbillProvided whether it gives superbills for out-of-network claims
     * @param clinicians its practitioners, by family name
     * @param prices the prices it lists in the directory (CONSULTATION, INFUSION, PACKAGE of sessions)
     */
    record BillingFacts(
            UUID id,
            String name,
            String phone,
            boolean verified,
            Address address,
            boolean selfPay,
            boolean hsaFsa,
            boolean superbillProvided,
            List<Clinician> clinicians,
            List<ListedPrice> prices) {

        public BillingFacts {
            clinicians = List.copyOf(clinicians);
            prices = List.copyOf(prices);
        }

        /** The clinician with this id, if they work at the clinic. */
        public Optional<Clinician> clinician(UUID practitionerId) {
            return clinicians.stream()
                    .filter(c -> c.id().equals(practitionerId))
                    .findFirst();
        }
    }

    /** A postal address. */
    record Address(String street, String city, String state, String zip) {}

    /**
     * A practitioner of the clinic.
     *
     * @param id the practitioner id
     * @param givenName given name
     * @param familyName family name
     * @param credentials e.g. "MD", "CRNA" (may be empty)
     * @param npi the individual NPI (ten digits, check digit verified when it was entered)
     * @param licences the practitioner's state licences that were not rejected
     */
    record Clinician(
            UUID id, String givenName, String familyName, String credentials, String npi, List<Licence> licences) {

        public Clinician {
            licences = List.copyOf(licences);
        }

        public String name() {
            return givenName + " " + familyName;
        }
    }

    /** A state licence: PENDING, VERIFIED or EXPIRED. */
    record Licence(
            String state,
            String number,
            String type,
            String status,
            @Nullable LocalDate expiresOn) {}

    /** A price as the directory lists it. */
    record ListedPrice(String kind, String label, BigDecimal amountUsd, int sessions) {}
}
