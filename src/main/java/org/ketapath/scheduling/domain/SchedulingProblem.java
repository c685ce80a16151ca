package org.ketapath.scheduling.domain;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A refusal the API answers as problem+json; its detail never carries health information. */
public class SchedulingProblem extends ErrorResponseException {

    private SchedulingProblem(HttpStatus status, String type, String title, String detail) {
        super(status, problem(status, type, title, detail), null);
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://ketapath.org/problems/" + type));
        problem.setTitle(title);
        return problem;
    }

    public static SchedulingProblem notFound(String what) {
        return new SchedulingProblem(HttpStatus.NOT_FOUND, "not-found", "Not found", what + " was not found.");
    }

    public static SchedulingProblem slotTaken() {
        return new SchedulingProblem(
                HttpStatus.CONFLICT, "slot-taken", "Slot taken", "This time is no longer free; please pick another.");
    }

    /** The clinic books by phone only: 422. */
    public static SchedulingProblem noOnlineBooking() {
        return new SchedulingProblem(
                HttpStatus.UNPROCESSABLE_ENTITY,
                "no-online-booking",
                "No online booking",
                "This clinic does not take bookings online; call the clinic to book.");
    }

    public static SchedulingProblem notOffered() {
        return new SchedulingProblem(
                HttpStatus.UNPROCESSABLE_ENTITY,
                "not-offered",
                "Not an offered slot",
                "The clinic does not offer this service at this time; pick a start from its availability.");
    }

    /** A location the booking cannot use: 422 naming {@code locationId} in {@code errors}, as input errors do. */
    public static SchedulingProblem invalidLocation(String message) {
        SchedulingProblem problem = new SchedulingProblem(
                HttpStatus.UNPROCESSABLE_ENTITY,
                "invalid-location",
                "Not a location for this visit",
                "locationId " + message + ".");
        // The shape of platform.web.FieldProblem (the domain does not use the web package).
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", "locationId");
        error.put("message", message);
        problem.getBody().setProperty("errors", List.of(error));
        return problem;
    }

    public static SchedulingProblem policy(int freeCancelHours) {
        return new SchedulingProblem(
                HttpStatus.CONFLICT,
                "cancellation-policy",
                "Too late to change online",
                "This clinic lets you cancel or reschedule online until " + freeCancelHours
                        + " hours before the appointment; please call the clinic.");
    }

    public static SchedulingProblem wrongState(String detail) {
        return new SchedulingProblem(HttpStatus.CONFLICT, "wrong-state", "Not possible now", detail);
    }

    public static SchedulingProblem idempotencyMismatch() {
        return new SchedulingProblem(
                HttpStatus.UNPROCESSABLE_ENTITY,
                "idempotency-key-reused",
                "Idempotency key reused",
                "This Idempotency-Key was already used for a different booking request.");
    }
}
