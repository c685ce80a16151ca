package org.ketapath.workspace.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ketapath.directory.ClinicApplications;
import org.ketapath.directory.Modality;
import org.ketapath.directory.TreatedCondition;

/** The "List your clinic" form: the admin, the clinic, its main location, up to three practitioners, two prices. */
record JoinForm(
        @NotBlank(message = "Enter your e-mail address")
        @Email(message = "Enter an e-mail address like name@clinic.com")
        @Size(max = 320, message = "The e-mail address is too long")
        @Nullable
        String email,

        @NotBlank(message = "Choose a password") @Nullable String password,
        @Nullable String confirm,

        @NotBlank(message = "Enter the clinic's name")
        @Size(min = 2, max = 200, message = "The name must have 2 to 200 characters")
        @Nullable
        String name,

        @NotBlank(message = "Enter the clinic's phone number")
        @Pattern(regexp = "[0-9+() .-]{7,25}", message = "Enter a phone number like 215-555-0100")
        @Nullable
        String phone,

        @Pattern(regexp = "(https?://\\S{1,290})?", message = "Enter a web address starting with https://") @Nullable
        String website,

        @NotBlank(message = "Choose the clinic's time zone") @Nullable
        String timezone,

        @NotBlank(message = "Enter the address for booking notices")
        @Email(message = "Enter an e-mail address like frontdesk@clinic.com")
        @Nullable
        String notificationEmail,

        @Size(max = 4000, message = "The description can have at most 4000 characters") @Nullable
        String description,

        @Nullable Set<Modality> modalities,
        @Nullable Set<TreatedCondition> conditions,

        @NotBlank(message = "Enter the street address") @Size(max = 200, message = "The street is too long") @Nullable
        String street,

        @NotBlank(message = "Enter the city") @Size(max = 100, message = "The city is too long") @Nullable
        String city,

        @NotBlank(message = "Choose the state") @Nullable String state,

        @NotBlank(message = "Enter the ZIP code")
        @Pattern(regexp = "[0-9]{5}", message = "Enter a 5-digit ZIP code")
        @Nullable
        String zip,

        @Nullable Double latitude,
        @Nullable Double longitude,
        @Nullable List<@Valid PractitionerRow> practitioners,

        @DecimalMin(value = "0", message = "Enter an amount in dollars")
        @Digits(integer = 6, fraction = 2, message = "Enter dollars and cents, like 450.00")
        @Nullable
        BigDecimal infusionPrice,

        @DecimalMin(value = "0", message = "Enter an amount in dollars")
        @Digits(integer = 6, fraction = 2, message = "Enter dollars and cents, like 0 for free")
        @Nullable
        BigDecimal consultationPrice) {

    /** How many practitioner rows the form offers. */
    static final int PRACTITIONER_ROWS = 3;

    /** A practitioner row: the NPI, the name (filled from NPPES when left out and known), one licence. */
    record PractitionerRow(
            @Nullable String npi,

            @Size(max = 100, message = "The given name is too long") @Nullable
            String givenName,

            @Size(max = 100, message = "The family name is too long") @Nullable
            String familyName,

            @Size(max = 100, message = "The credentials are too long") @Nullable
            String credentials,

            @Nullable String licenceState,

            @Size(max = 50, message = "The licence number is too long") @Nullable
            String licenceNumber,

            @Nullable LocalDate licenceExpires) {

        boolean isBlank() {
            return blank(npi) && blank(givenName) && blank(familyName) && blank(licenceNumber);
        }
    }

    static JoinForm empty() {
        List<PractitionerRow> rows = new ArrayList<>();
        for (int i = 0; i < PRACTITIONER_ROWS; i++) {
            rows.add(new PractitionerRow(null, null, null, null, null, null, null));
        }
        return new JoinForm(
                null,
                null,
                null,
                null,
                null,
                null,
                "America/New_York",
                null,
                null,
                Set.of(),
                Set.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                rows,
                null,
                null);
    }

    /** The practitioner rows, always {@link #PRACTITIONER_ROWS} of them for the page. */
    List<PractitionerRow> rows() {
        List<PractitionerRow> rows = new ArrayList<>(practitioners == null ? List.of() : practitioners);
        while (rows.size() < PRACTITIONER_ROWS) {
            rows.add(new PractitionerRow(null, null, null, null, null, null, null));
        }
        return rows.subList(0, PRACTITIONER_ROWS);
    }

    /** The directory's application; practitioner rows left empty are skipped, their index kept in the mapping. */
    ClinicApplications.Application application(List<Integer> rowOfPractitioner) {
        List<ClinicApplications.Practitioner> people = new ArrayList<>();
        List<PractitionerRow> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            PractitionerRow r = rows.get(i);
            if (r.isBlank()) {
                continue;
            }
            rowOfPractitioner.add(i);
            List<ClinicApplications.Licence> licences = blank(r.licenceNumber())
                    ? List.of()
                    : List.of(new ClinicApplications.Licence(
                            text(r.licenceState()), text(r.licenceNumber()), "State licence", r.licenceExpires()));
            people.add(new ClinicApplications.Practitioner(
                    text(r.npi()), r.givenName(), r.familyName(), r.credentials(), null, licences));
        }
        List<ClinicApplications.Price> prices = new ArrayList<>();
        if (infusionPrice != null) {
            prices.add(new ClinicApplications.Price("INFUSION", "IV infusion", infusionPrice, 1));
        }
        if (consultationPrice != null) {
            prices.add(new ClinicApplications.Price("CONSULTATION", "Consultation", consultationPrice, 1));
        }
        return new ClinicApplications.Application(
                text(name),
                text(description),
                text(phone),
                blank(website) ? null : website,
                text(timezone),
                notificationEmail,
                modalities == null ? Set.of() : modalities,
                conditions == null ? Set.of() : conditions,
                true,
                false,
                false,
                List.of(new ClinicApplications.Place(
                        text(street), text(city), text(state), text(zip), latitude, longitude)),
                people,
                prices);
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    @Override
    public String toString() {
        return "JoinForm[redacted]";
    }
}
