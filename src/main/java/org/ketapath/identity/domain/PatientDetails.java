package org.ketapath.identity.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A patient's personal details, valid by construction.
 *
 * @param givenName given name, 1-100 characters
 * @param familyName family name, 1-100 characters
 * @param birthDate date of birth, in the past and at most 130 years ago
 * @param zip a US ZIP code of 5 digits
 * @param phone an optional phone number in E.164 ("+12155550134"), checked with libphonenumber
 */
public record PatientDetails(
        String givenName,
        String familyName,
        LocalDate birthDate,
        String zip,
        @Nullable String phone) {

    /** Every problem with the input, one per field. */
    public static List<FieldRejected> problems(
            @Nullable String givenName,
            @Nullable String familyName,
            @Nullable String birthDate,
            @Nullable String zip,
            @Nullable String phone,
            LocalDate today) {
        List<FieldRejected> problems = new ArrayList<>();
        name(problems, "givenName", givenName);
        name(problems, "familyName", familyName);
        if (birthDate == null || birthDate.isBlank()) {
            problems.add(new FieldRejected("birthDate", "is required"));
        } else {
            try {
                LocalDate date = LocalDate.parse(birthDate.strip());
                if (!date.isBefore(today) || date.isBefore(today.minusYears(130))) {
                    problems.add(new FieldRejected("birthDate", "must be a date in the past"));
                }
            } catch (DateTimeException e) {
                problems.add(new FieldRejected("birthDate", "must be an ISO date (YYYY-MM-DD)"));
            }
        }
        if (zip == null || !zip.strip().matches("[0-9]{5}")) {
            problems.add(new FieldRejected("zip", "must be 5 digits"));
        }
        if (phone != null && !phone.isBlank() && PhoneNumbers.e164(phone).isEmpty()) {
            problems.add(new FieldRejected("phone", "must be a valid phone number, for example 215-555-0134"));
        }
        return problems;
    }

    /** Parses input already checked with {@link #problems}. */
    public static PatientDetails of(
            String givenName, String familyName, String birthDate, String zip, @Nullable String phone) {
        return new PatientDetails(
                givenName.strip(),
                familyName.strip(),
                LocalDate.parse(birthDate.strip()),
                zip.strip(),
                phone == null || phone.isBlank()
                        ? null
                        : PhoneNumbers.e164(phone).orElseThrow());
    }

    private static void name(List<FieldRejected> problems, String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldRejected(field, "is required"));
        } else if (value.strip().length() > 100) {
            problems.add(new FieldRejected(field, "must have at most 100 characters"));
        } else if (value.chars().anyMatch(Character::isISOControl)) {
            problems.add(new FieldRejected(field, "must not contain control characters"));
        }
    }

    @Override
    public String toString() {
        return "PatientDetails[redacted]";
    }
}
