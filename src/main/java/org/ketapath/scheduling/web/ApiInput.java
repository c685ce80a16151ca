package org.ketapath.scheduling.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.platform.web.CurrentAccount;
import org.ketapath.platform.web.InvalidInputException;
import org.ketapath.scheduling.ServiceType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponseException;

/** Parsing of request values into types, each failure a 400 naming the parameter (never echoing the value). */
final class ApiInput {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2200;

    private ApiInput() {}

    static UUID uuid(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "is not a valid id");
        }
    }

    static @Nullable UUID optionalUuid(String field, @Nullable String value) {
        return value == null || value.isBlank() ? null : uuid(field, value);
    }

    static ServiceType service(@Nullable String value) {
        ServiceType type = ServiceType.parse(value);
        if (type == null) {
            throw new InvalidInputException(
                    "service", "must be one of FREE_CONSULT, IV_INFUSION, IM_INJECTION, AT_HOME_SESSION");
        }
        return type;
    }

    static LocalDate date(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required (YYYY-MM-DD)");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date YYYY-MM-DD");
        }
        if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
            throw new InvalidInputException(field, "must be a date between " + MIN_YEAR + " and " + MAX_YEAR);
        }
        return date;
    }

    static Instant instant(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required (ISO-8601 with offset)");
        }
        OffsetDateTime time;
        try {
            time = OffsetDateTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be an ISO-8601 date-time with offset");
        }
        if (time.getYear() < MIN_YEAR || time.getYear() > MAX_YEAR) {
            throw new InvalidInputException(field, "must be between " + MIN_YEAR + " and " + MAX_YEAR);
        }
        return time.toInstant();
    }

    /** The signed-in patient with a verified e-mail: 401 when nobody is signed in, 403 otherwise. */
    static CurrentAccount verifiedPatient() {
        CurrentAccount account = signedIn();
        if (!account.hasRole("PATIENT")) {
            throw forbidden("Only patients can book appointments.");
        }
        if (!account.emailVerified()) {
            throw forbidden("Verify your e-mail address before booking: follow the link we sent you.");
        }
        return account;
    }

    static CurrentAccount signedIn() {
        return CurrentAccount.get().orElseThrow(() -> new AccessDeniedException("sign-in required"));
    }

    static ErrorResponseException forbidden(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
        problem.setTitle("Forbidden");
        return new ErrorResponseException(HttpStatus.FORBIDDEN, problem, null);
    }
}
