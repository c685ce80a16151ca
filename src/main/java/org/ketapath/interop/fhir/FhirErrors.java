package org.ketapath.interop.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
        log.error("Unexpected failure in the FHIR facade", failure);
        return new InternalErrorException("Something went wrong on our side. Please try again later.");
    }
}
