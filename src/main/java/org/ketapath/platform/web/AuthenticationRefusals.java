package org.ketapath.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * How a module writes the body of a 401 for its own routes when the API chain refuses a request before the
 * module sees it (an unknown, expired or revoked bearer token). The module that refuses (identity) asks each
 * bean of this type in turn; the first that {@link #appliesTo applies} writes the body, otherwise the refusal
 * is problem+json. So the FHIR facade answers with an OperationOutcome without identity knowing FHIR.
 */
public interface AuthenticationRefusals {

    /** Whether this module answers refusals for the request's route. */
    boolean appliesTo(HttpServletRequest request);

    /**
     * Writes the content type and the body of the refusal; the status ({@code 401}) and the
     * {@code WWW-Authenticate} header are already set.
     *
     * @param detail a sentence for the client, never carrying the token
     */
    void write(HttpServletResponse response, String detail) throws IOException;
}
