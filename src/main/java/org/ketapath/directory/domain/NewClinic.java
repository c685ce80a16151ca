package org.ketapath.directory.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.directory.Modality;
import org.ketapath.directory.TreatedCondition;
import org.ketapath.shared.Npi;
import org.ketapath.shared.UsState;
import org.ketapath.shared.ZipCode;

/**
 * A clinic to register with everything it owns. Statuses other than PENDING are for trusted loaders (demo
 * data, tests, imports run by operators); clinics registering themselves always start PENDING.
 */
public record NewClinic(
        UUID id,
        String name,
        String description,
        String phone,
        @Nullable String website,
        String timezone,
        boolean acceptingNewPatients,
        String verificationStatus,
        @Nullable UUID verifiedBy,
        Set<Modality> modalities,
        Set<TreatedCondition> conditions,
        Payment payment,
        @Nullable Integer infusionMinutes,
        @Nullable Integer monitoringMinutes,
        Location location,
        List<NewPractitioner> practitioners,
        List<NewPrice> prices) {

    public NewClinic {
        modalities = Set.copyOf(modalities);
        conditions = Set.copyOf(conditions);
        practitioners = List.copyOf(practitioners);
        prices = List.copyOf(prices);
    }

    /** How patients can pay. */
    public record Payment(boolean selfPay, boolean hsaFsa, boolean superbill) {}

    /** The primary location. */
    public record Location(String street, String city, UsState state, ZipCode zip, double latitude, double longitude) {}

    /** A practitioner and their licences. */
    public record NewPractitioner(
            UUID id,
            String givenName,
            String familyName,
            String credentials,
            Npi npi,
            @Nullable String taxonomyCode,
            List<NewLicence> licences) {

        public NewPractitioner {
            licences = List.copyOf(licences);
        }
    }

    /** A state licence with its status. */
    public record NewLicence(
            UUID id,
            UsState state,
            String number,
            String type,
            @Nullable LocalDate expiresOn,
            String status,
            @Nullable String evidenceNote) {}

    /** A price: kind INFUSION, CONSULTATION or PACKAGE. */
    public record NewPrice(String kind, String label, BigDecimal amountUsd, int sessions) {}
}
