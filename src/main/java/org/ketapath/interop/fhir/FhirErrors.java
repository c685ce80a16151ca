package org.ketapath.interop.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import ca.uhn.fhir.rest.server.exceptions.UnclassifiedServerFailureException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.ErrorResponse;

/**
 * Every failure leaves as an OperationOutcome (HAPI's own exceptions already do); an unexpected one (anything
 * answering 500, including HAPI's wrapper around a provider's exception) says only that something went wrong,
 * and its details go to the log, never to the client.
 */
@Interceptor
final class FhirErrors {

    private static final Logger log = LoggerFactory.getLogger(FhirErrors.class);

    @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
    public BaseServerResponseException outgoing(Throwable failure) {
        if (failure instanceof BaseServerResponseException known && known.getStatusCode() < 500) {
            return known;
        }
        ErrorResponse refusal = refusal(failure);
        if (refusal != null) {
            return translate(refusal);
        }
        log.error("Unexpected failure in the FHIR facade", failure);
        return new InternalErrorException("Something went wrong on our side. Please try again later.");
    }

    /** A module's named refusal (scheduling's problems), however deep HAPI wrapped it. */
    private static @Nullable ErrorResponse refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ErrorResponse response) {
                return response;
            }
        }
        return null;
    }

    /** Its status and its detail (the modules' details never carry health information). */
    private static BaseServerResponseException translate(ErrorResponse refusal) {
        String detail = refusal.getBody().getDetail() == null
                ? "Refused."
                : refusal.getBody().getDetail();
        return switch (refusal.getStatusCode().value()) {
            case 400 -> new InvalidRequestException(detail);
            case 403 -> new ForbiddenOperationException(detail);
            case 404 -> new ResourceNotFoundException(detail);
            case 409 -> new ResourceVersionConflictException(detail);
            case 422 -> new UnprocessableEntityException(detail);
            default ->
                new UnclassifiedServerFailureException(refusal.getStatusCode().value(), detail);
        };
    }
}
