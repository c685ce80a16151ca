package org.ketapath.workspace.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ketapath.directory.ClinicApplications;
import org.ketapath.directory.Modality;
import org.ketapath.directory.TreatedCondition;

/** {@code POST /api/v1/clinics}: a clinic joins the platform with its admin account. */
record JoinRequest(
        @NotNull(message = "is required") @Valid @Nullable Admin admin,
        @NotNull(message = "is required") @Valid @Nullable Clinic clinic,

        @NotEmpty(message = "must have at least one location")
        @Size(max = 20, message = "must have at most 20 locations")
        @Nullable
        List<@Valid Location> locations,

        @NotEmpty(message = "must have at least one practitioner")
        @Size(max = 50, message = "must have at most 50 practitioners")
        @Nullable
        List<@Valid Practitioner> practitioners,

        @Size(max = 20, message = "must have at most 20 prices") @Nullable
        List<@Valid Price> prices) {

    /** The clinic admin's account: e-mail and password (the authenticator is enrolled at once). */
    record Admin(
            @NotBlank(message = "is required")
            @Email(message = "must be an e-mail address")
            @Size(max = 320, message = "must have at most 320 characters")
            @Nullable
            String email,

            @NotBlank(message = "is required") @Nullable String password) {
        @Override
        public String toString() {
            return "Admin[redacted]";
        }
    }

    record Clinic(
            @NotBlank(message = "is required")
            @Size(min = 2, max = 200, message = "must have 2 to 200 characters")
            @Nullable
            String name,

            @Size(max = 4000, message = "must have at most 4000 characters") @Nullable
            String description,

            @NotBlank(message = "is required")
            @Pattern(regexp = "[0-9+() .-]{7,25}", message = "must be a phone number")
            @Nullable
            String phone,

            @Pattern(regexp = "https?://\\S{1,290}", message = "must be an http(s) address") @Nullable
            String website,

            @NotBlank(message = "is required (such as America/New_York)") @Nullable
            String timezone,

            @Email(message = "must be an e-mail address")
            @Size(max = 320, message = "must have at most 320 characters")
            @Nullable
            String notificationEmail,

            @Nullable Set<Modality> modalities,
            @Nullable Set<TreatedCondition> conditions,
            @Nullable Boolean selfPay,
            @Nullable Boolean hsaFsa,
            @Nullable Boolean superbill) {}

    record Location(
            @NotBlank(message = "is required") @Size(max = 200, message = "must have at most 200 characters") @Nullable
            String street,

            @NotBlank(message = "is required") @Size(max = 100, message = "must have at most 100 characters") @Nullable
            String city,

            @NotBlank(message = "is required") @Nullable String state,
            @NotBlank(message = "is required") @Nullable String zip,
            @Nullable Double latitude,
            @Nullable Double longitude) {}

    record Practitioner(
            @NotBlank(message = "is required") @Nullable String npi,

            @Size(max = 100, message = "must have at most 100 characters") @Nullable
            String givenName,

            @Size(max = 100, message = "must have at most 100 characters") @Nullable
            String familyName,

            @Size(max = 100, message = "must have at most 100 characters") @Nullable
            String credentials,

            @Nullable String taxonomyCode,

            @Size(max = 60, message = "must have at most 60 licences") @Nullable
            List<@Valid Licence> licences) {}

    record Licence(
            @NotBlank(message = "is required") @Nullable String state,

            @NotBlank(message = "is required") @Size(max = 50, message = "must have at most 50 characters") @Nullable
            String number,

            @NotBlank(message = "is required") @Size(max = 50, message = "must have at most 50 characters") @Nullable
            String type,

            @Nullable LocalDate expiresOn) {}

    record Price(
            @NotBlank(message = "is required (INFUSION, CONSULTATION or PACKAGE)") @Nullable
            String kind,

            @NotBlank(message = "is required") @Size(max = 100, message = "must have at most 100 characters") @Nullable
            String label,

            @NotNull(message = "is required")
            @DecimalMin(value = "0", message = "must not be negative")
            @Digits(integer = 6, fraction = 2, message = "must be dollars and cents")
            @Nullable
            BigDecimal amountUsd,

            @Min(value = 1, message = "must be from 1 to 50")
            @Max(value = 50, message = "must be from 1 to 50")
            @Nullable
            Integer sessions) {}

    /** The directory's application, from a request that passed validation. */
    ClinicApplications.Application application() {
        Clinic c = java.util.Objects.requireNonNull(clinic);
        return new ClinicApplications.Application(
                text(c.name()),
                text(c.description()),
                text(c.phone()),
                c.website(),
                text(c.timezone()),
                c.notificationEmail(),
                c.modalities() == null ? Set.of() : c.modalities(),
                c.conditions() == null ? Set.of() : c.conditions(),
                c.selfPay() == null || c.selfPay(),
                Boolean.TRUE.equals(c.hsaFsa()),
                Boolean.TRUE.equals(c.superbill()),
                java.util.Objects.requireNonNull(locations).stream()
                        .map(l -> new ClinicApplications.Place(
                                text(l.street()),
                                text(l.city()),
                                text(l.state()),
                                text(l.zip()),
                                l.latitude(),
                                l.longitude()))
                        .toList(),
                java.util.Objects.requireNonNull(practitioners).stream()
                        .map(p -> new ClinicApplications.Practitioner(
                                text(p.npi()),
                                p.givenName(),
                                p.familyName(),
                                p.credentials(),
                                p.taxonomyCode(),
                                p.licences() == null
                                        ? List.of()
                                        : p.licences().stream()
                                                .map(l -> new ClinicApplications.Licence(
                                                        text(l.state()),
                                                        text(l.number()),
                                                        text(l.type()),
                                                        l.expiresOn()))
                                                .toList()))
                        .toList(),
                prices == null
                        ? List.of()
                        : prices.stream()
                                .map(p -> new ClinicApplications.Price(
                                        text(p.kind()),
                                        text(p.label()),
                                        java.util.Objects.requireNonNull(p.amountUsd()),
                                        p.sessions() == null ? 1 : p.sessions()))
                                .toList());
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
