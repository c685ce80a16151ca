package org.ketapath.interop.fhir;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.ketapath.platform.web.AuthenticationRefusals;

/**
 * A bearer token the API chain refuses before the FHIR server runs (unknown, expired, revoked) still answers
 * {@code /fhir} with an OperationOutcome ({@code login}) in FHIR JSON, as every other refusal there.
 */
final class FhirAuthenticationRefusals implements AuthenticationRefusals {

    static final String FHIR_JSON = "application/fhir+json";

    private final FhirContext fhir;

    FhirAuthenticationRefusals(FhirContext fhir) {
        this.fhir = fhir;
    }

    @Override
    public boolean appliesTo(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/fhir") || path.startsWith("/fhir/");
    }

    @Override
    public void write(HttpServletResponse response, String detail) throws IOException {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue()
                .setSeverity(OperationOutcome.IssueSeverity.ERROR)
                .setCode(OperationOutcome.IssueType.LOGIN)
                .setDiagnostics(detail);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(FHIR_JSON + ";charset=UTF-8");
        response.getWriter().write(fhir.newJsonParser().encodeResourceToString(outcome));
    }
}
